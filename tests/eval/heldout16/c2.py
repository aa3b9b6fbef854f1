

# ---- 2. NHS maternity unit (mat-)

@doc("mat-booking-record.pdf")
def _(d):
    return pdf(d, [[
        "Riverside Hospitals NHS Foundation Trust - Maternity Services",
        "ANTENATAL BOOKING SUMMARY (printed from the maternity record)",
        "Name: <<OYELARAN, Temitope Abimbola>>      Hospital no: RVH0448213",
        "NHS number: [[nhs_number:999 012 3454]]     Tel: [[phone:0113 496 0527]]",
        "Address: 3 Quarry Hill Court, Leeds [[uk_postcode:LS9 8DQ]]",
        "She was born on the [[date_of_birth:3rd of April 1991=>1991-04-03]] in Ibadan.",
        "Gravida 3 Para 1 - ((health:one miscarriage at 9 weeks in 2024)); EDD 14/05/2027.",
        "Family Origin Questionnaire: ((racial_ethnic_origin:Black African - Yoruba)) (both parents).",
        "Haemoglobinopathy screen: ((genetic:HbAS - sickle cell carrier)); partner testing offered.",
        "Partner: <<Babatunde Oyelaran>>, DOB [[date_of_birth:11/09/1988=>1988-09-11]], tel [[phone:07700 900 674]]",
        "BMI 31; ((health:gestational diabetes in her last pregnancy)) - GTT booked for 26 weeks.",
        "Booking midwife: <<Kirsty Mulgrew>> RM, Chapel Allerton team.",
    ], [
        "Page 2 - social and safeguarding",
        "Routine enquiry about domestic abuse asked alone: no concerns disclosed.",
        "Interpreter: not required. Works as a pharmacist at {{Boots}}, {{Briggate}}.",
        "Named consultant: Mr <<Anand Subramaniam>>, obstetrics.",
    ]])


@doc("mat-birth-plan.docx")
def _(d):
    return docx(d, [
        ("h", "My birth preferences"),
        ("table", [["Name", "<<Hannah Kowalczyk-Reid>>"], ["Date of birth", "[[date_of_birth:14.02.1994=>1994-02-14]]"],
                   ["NHS number", "[[nhs_number:9992345675]]"], ["Birth partner", "<<Callum Reid>> ([[phone:07700 900 213]])"],
                   ["Named midwife", "<<Funmilayo Adeyinka>>"]]),
        ("comment", "Blood products: I do not accept blood or blood products because ((religious_belief:I am one of Jehovah's Witnesses)). "
                    "I have an advance decision and my Hospital Liaison Committee contact is <<Derek Ashdown>>.", 0),
        "Pain relief: happy to try the pool and gas and air; ((health:I have a history of anxiety and panic attacks)), "
        "so please explain things before you do them.",
        "After the birth: skin to skin, delayed cord clamping, vitamin K by injection.",
        "Signed: <<Hannah Kowalczyk-Reid>>   Date: 20 October 2026",
    ], header=["Riverside Maternity - Birth Preferences"], footer=["Leeds Birth Centre, [[phone:0113 496 0500]]"],
        comments=[(0, "<<Funmilayo Adeyinka>>", "FA", "Cell salvage discussed with the consultant anaesthetist; plan filed.")],
        textbox=["Alert: declines blood products - see advance decision"],
        author="<<Funmilayo Adeyinka>>")


@doc("mat-triage-log.csv")
def _(d):
    return text(d, "call_time,caller,dob,phone,gestation,reason,outcome,midwife\n"
                "2026-11-01 02:14,<<Leah Whitmore>>,[[date_of_birth:02/07/1996=>1996-07-02]],[[phone:07700 900 745]],36+2,"
                "\"((health:reduced fetal movements since yesterday))\",come in for CTG,<<M. Doherty>>\n"
                "2026-11-01 03:40,<<Sadia Iqbal>>,[[date_of_birth:1999-12-30]],[[phone:0113 496 0612]],29+0,"
                "\"((health:headache and swelling - BP 152/101))\",come in - PET bloods,<<M. Doherty>>\n"
                "2026-11-01 05:05,<<Ffion Llewellyn>>,[[date_of_birth:18.3.88=>1988-03-18]],[[phone:+44 7700 900746]],40+5,"
                "contractions 1 in 5,advised to stay home,<<Grace-Ann Bailey>>\n"
                "2026-11-01 06:55,<<Mei Ling Tan>>,[[date_of_birth:7 Jan 2001=>2001-01-07]],[[phone:07700900747]],33+1,"
                "\"((health:fall in the bathroom, bleeding))\",ambulance,<<Grace-Ann Bailey>>\n")


@doc("mat-scan-clinic.xlsx")
def _(d):
    return xlsx(d, [
        ("Thursday list", [
            ["Time", "Surname", "Forename", "DOB", "NHS number", "Weeks", "Scan", "Notes"],
            ["09:00", "<<Ahmadi>>", "<<Farzaneh>>", D(1993, 5, 8, True), "[[nhs_number:999 345 6128]]", 20, "Anomaly",
             "((health:previous baby with a heart defect))"],
            ["09:20", "<<MacLeod>>", "<<Eilidh>>", D(1986, 10, 21, True), "[[nhs_number:999 890 4676]]", 12, "Dating + NT", "IVF pregnancy"],
            ["09:40", "<<Brathwaite>>", "<<Shanice>>", D(2002, 2, 27, True), "[[nhs_number:999 102 9389]]", 28, "Growth",
             "((health:type 1 diabetic))"],
        ]),
        ("Sonographers", [["Name", "Room"], ["<<Rhiannon Edwards>>", 3], ["<<Kwabena Asante>>", 4]]),
    ])


@doc("mat-community-midwives.mbox")
def _(d):
    return mbox(d, [
        ("jo.farrant@riverside.example.nhs.uk", "Mon Nov  2 08:41:10 2026",
         [("From", "<<Jo Farrant>> <[[email:jo.farrant@riverside.example.nhs.uk]]>"),
          ("To", "Chapel Allerton midwives <[[email:ca.midwives@riverside.example.nhs.uk]]>"),
          ("Subject", "Home visit handover - <<Priya>> and <<Sam>>"), ("Date", "Mon, 02 Nov 2026 08:41:10 +0000")],
         "Morning all,\n\nDay 3 visit today for <<Priya Chandrasekaran>> at 41 Moor Grange Rise, [[uk_postcode:LS16 5BQ]].\n"
         "((sex_life_orientation:She and her wife)), <<Sam Hollis>>, are both on the birth certificate paperwork -\n"
         "please use \"co-mother\", not \"dad\", on the forms.\n"
         "((health:She scored 14 on the EPDS)) yesterday; perinatal mental health team referral sent.\n\n<<Jo>>\n",
         "m1.cam.20261102@riverside.example.nhs.uk", None),
        ("aisling.byrne@riverside.example.nhs.uk", "Mon Nov  2 13:20:02 2026",
         [("From", "<<Aisling Byrne>> <[[email:aisling.byrne@riverside.example.nhs.uk]]>"),
          ("To", "<<Jo Farrant>> <[[email:jo.farrant@riverside.example.nhs.uk]]>"),
          ("Subject", "Re: Home visit handover - <<Priya>> and <<Sam>>"), ("Date", "Mon, 02 Nov 2026 13:20:02 +0000")],
         "Seen. Baby feeding well, weight 3.21 kg. <<Priya>> tearful but has her mum staying.\n"
         "Perinatal team will ring her on [[phone:07700 900 388]] tomorrow.\n\n> please use \"co-mother\", not \"dad\", on the forms.\n\n<<Aisling>>\n",
         "m2.cam.20261102@riverside.example.nhs.uk", "m1.cam.20261102@riverside.example.nhs.uk"),
        ("jo.farrant@riverside.example.nhs.uk", "Tue Nov  3 09:02:55 2026",
         [("From", "<<Jo Farrant>> <[[email:jo.farrant@riverside.example.nhs.uk]]>"),
          ("To", "<<Aisling Byrne>> <[[email:aisling.byrne@riverside.example.nhs.uk]]>"),
          ("Subject", "Re: Re: Home visit handover - <<Priya>> and <<Sam>>"), ("Date", "Tue, 03 Nov 2026 09:02:55 +0000")],
         "Thanks. From now on I'll be at {{Seacroft}} clinic on Tuesdays (room by the {{Florence Nightingale}} board).\n",
         "m3.cam.20261103@riverside.example.nhs.uk", "m2.cam.20261102@riverside.example.nhs.uk"),
    ])


@doc("mat-discharge.odt")
def _(d):
    return odt(d, [
        "Postnatal discharge summary - Riverside Maternity",
        ("t", [["Mother", "<<Roxanne Achterberg>>"], ["DOB", "[[date_of_birth:29 Sept 1984=>1984-09-29]]"],
               ["NHS No.", "[[nhs_number:9994561235]]"], ["GP", "Dr <<Elspeth Gow>>, Meanwood Health Centre"],
               ["Phone", "[[phone:(0113) 496 0840]]"]]),
        "Delivery: ((health:emergency caesarean section at 38+4 for fetal distress)), 31 October 2026.",
        "((health:Gestational diabetes)) diet-controlled; stop monitoring; HbA1c at 13 weeks postnatal.",
        "Baby: girl, 3.48 kg, name <<Wilhelmina>>. Newborn hearing screen passed.",
        "Discharging midwife: <<Oluwaseun Bakare-Smith>>",
    ], creator="Oluwaseun Bakare-Smith")


@doc("mat-bereavement-suite.html")
def _(d):
    return text(d, """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Snowdrop Suite - booking</title></head><body>
<h1>Snowdrop Suite booking (bereavement)</h1>
<dl>
<dt>Parents</dt><dd><<Niamh Gallagher>> and <<Declan Gallagher>></dd>
<dt>Mother's date of birth</dt><dd>[[date_of_birth:05/11/1990=>1990-11-05]]</dd>
<dt>Contact</dt><dd>[[phone:07700 900 955]] &middot; [[email:niamh.gallagher@example.com]]</dd>
<dt>Reason</dt><dd>((health:Intrauterine death confirmed at 24 weeks)); induction planned 4 November.</dd>
<dt>Faith support</dt><dd>((religious_belief:Mother asked for the Catholic chaplain)) for a blessing; Fr <<Tadhg Ó Murchú>> informed.</dd>
</dl>
<table border="1"><tr><th>Role</th><th>Name</th><th>Bleep</th></tr>
<tr><td>Bereavement midwife</td><td><<Carys Penhaligon>></td><td>4471</td></tr>
<tr><td>Consultant</td><td>Mr <<Anand Subramaniam>></td><td>2210</td></tr></table>
<p>Memory box from the {{Lily Mae Foundation}}; {{Sands}} leaflet given.</p>
</body></html>
""")


@doc("mat-portal-events.jsonl")
def _(d):
    return jsonish(d, [
        {"event": "login", "patientDisplayName": "<<Temi Oyelaran>>", "mrn": "RVH0448213", "email": "[[email:temi.o@example.net]]",
         "sourceIp": "[[ip_address:203.0.113.57]]", "ts": "2026-11-02T07:12:03Z"},
        {"event": "message_sent", "patientDisplayName": "<<Hannah K-R>>", "email": "[[email:hkr1994@example.co.uk]]",
         "sourceIp": "[[ip_address:2001:db8:85a3::8a2e:370:7334]]", "subject": "((health:bleeding after the sweep)) - should I come in?",
         "ts": "2026-11-02T09:48:40Z"},
        {"event": "login_failed", "patientDisplayName": None, "email": "[[email:s.iqbal99@example.com]]",
         "sourceIp": "[[ip_address:198.51.100.190]]", "ts": "2026-11-02T10:01:17Z"},
        {"event": "appointment_booked", "patientDisplayName": "<<Eilidh MacLeod>>", "email": "[[email:eilidh.macleod@example.org]]",
         "clinic": "Antenatal - {{Jessop}} wing", "sourceIp": "[[ip_address:192.0.2.144]]", "ts": "2026-11-02T12:30:55Z"},
    ], lines=True)


@doc("training-mat-safeguarding.md")
def _(d):
    return text(d, """# Maternity safeguarding - level 3 refresher (workbook)

## Learning outcomes

1. Ask every woman about domestic abuse at booking and at least once more, alone.
2. Recognise FGM, and know that a record of FGM is health information that must be shared with the GP and health visitor.
3. Know when to refer an unborn baby to children's social care (pre-birth assessment).

## Case study (fictional, no real person)

| Trigger | What you do |
|---|---|
| A woman discloses heroin use at 20 weeks | Referral to the specialist substance misuse midwife; consent discussed |
| A partner answers every question | Find a way to see her alone; use the toilet-door card |
| A 15-year-old is pregnant | Safeguarding referral; consider the age of the father |

Special category data in the maternity record (ethnicity from the Family Origin Questionnaire, religion,
sexual health, genetic screening) is recorded because care needs it. Do not copy it into referrals unless it is relevant.

Safeguarding midwives: [[phone:0113 496 0580]] - [[email:maternity.safeguarding@riverside.example.nhs.uk]]
""")
