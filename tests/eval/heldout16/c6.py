

# ---- 6. Council licensing team: personal licences (lic-)

@doc("lic-application.pdf")
def _(d):
    return pdf(d, [[
        "WESTBURY DISTRICT COUNCIL - LICENSING ACT 2003",
        "Application for the grant of a personal licence - Part A",
        "Surname: <<O'DONOGHUE-BRENNAN>>     Forenames: <<Caoimhe Marie>>",
        "Date of birth: [[date_of_birth:12/10/1992=>1992-10-12]]     Place of birth: Limerick",
        "Home address: 2 Orchard Mews, Westbury [[uk_postcode:BA13 3JX]]",
        "Telephone: [[phone:07700 900 183]]     Email: [[email:caoimhe.odb@example.com]]",
        "National Insurance number: [[uk_nino:QQ 98 76 54 B]]",
        "Right to work: Irish passport seen. UK licence: [[uk_driving_licence:ODONO960122CM9XY]]",
        "Qualification: Level 2 Award for Personal Licence Holders, {{Highfield}}, cert. HQ-22-7718.",
    ], [
        "Part B - relevant offences and foreign offences",
        "Basic disclosure certificate no. 001882347611 dated 01/10/2026 discloses:",
        "((criminal_offence:Driving with excess alcohol (RT88001), Swindon Magistrates' Court, 14/03/2023)) - fine £600,",
        "disqualified 17 months.",
        "Applicant's statement: I completed the drink-drive rehabilitation course.",
        "Declaration: I confirm the above is true.   Signed <<C. M. O'Donoghue-Brennan>>",
        "For office use: notice sent to Wiltshire Police (licensing officer PC <<Andrew Goddard-Nye>>) on 02/11/2026.",
    ]])


@doc("lic-register.xlsx")
def _(d):
    return xlsx(d, [
        ("Personal licences", [
            ["Licence no", "Holder", "DOB", "Issued", "Premises (DPS of)", "Notes"],
            ["WDC/PL/04471", "<<Chaudhary, Nasreen>>", D(1984, 2, 9, True), D(2019, 5, 20), "The {{Lord Nelson}}, Market Place", ""],
            ["WDC/PL/04472", "<<Pemberton, Alfie>>", D(1998, 11, 30, True), D(2021, 3, 4), "Spar, Church Street",
             "((criminal_offence:Convicted 2024 - selling alcohol to a child; court notified))"],
            ["WDC/PL/04473", "<<Kovačević, Dragana>>", D(1977, 6, 17, True), D(2022, 9, 12), "{{Wetherspoon}} - The Moonraker", ""],
            ["WDC/PL/04474", "<<Ó Súilleabháin, Peadar>>", D(1965, 12, 1, True), D(2006, 1, 9), "{{Lord Nelson}} (former)", "Surrendered"],
        ]),
        ("About", [["Field", "Value"], ["Maintained by", "<<Bronwen Tudor-Harris>>"], ["Team phone", "[[phone:01632 960 250]]"],
                   ["Team mailbox", "[[email:licensing@westbury.example.gov.uk]]"]]),
    ])


@doc("lic-police-objection.eml")
def _(d):
    body = ("Westbury District Council Licensing,\n\nLicensing Act 2003, s.120(5): objection notice\n\n"
            "Applicant: <<Caoimhe Marie O'Donoghue-Brennan>>, DOB [[date_of_birth:12 October 1992=>1992-10-12]]\n\n"
            "The Chief Officer of Police is satisfied that granting the licence would undermine the crime prevention objective.\n"
            "((criminal_offence:The applicant's conviction for driving with excess alcohol in 2023 was at a reading of 88 micrograms, "
            "and she was arrested in 2025 for a public order offence at a licensed premises (no further action).))\n\n"
            "PC <<Andrew Goddard-Nye>> 4471\nAlcohol Licensing Officer, Wiltshire Police\n[[phone:01632 960 912]]\n")
    return eml(d, [("From", "<<Andrew Goddard-Nye>> <[[email:andrew.goddard-nye@police.example.uk]]>"),
                   ("To", "<[[email:licensing@westbury.example.gov.uk]]>"),
                   ("Cc", "<<Bronwen Tudor-Harris>> <[[email:bronwen.tudor-harris@westbury.example.gov.uk]]>"),
                   ("Subject", "s.120 objection - personal licence application PL/26/0381"), ("Date", "Mon, 02 Nov 2026 14:40:13 +0000")],
               body, None, msgid="obj.0381@police.example.uk", boundary="lic16obj")


@doc("lic-hearing-notes.docx")
def _(d):
    return docx(d, [
        ("h", "Licensing Sub-Committee - hearing notes (not the decision notice)"),
        "Date: 9 November 2026. Members: Cllr <<Judith Amesbury>> (chair), Cllr <<Rajesh Varma>>, Cllr <<Tegan Lloyd-Jenkins>>.",
        "Legal adviser: <<Oliver Brimacombe>>. Clerk: <<Bronwen Tudor-Harris>>.",
        "Application PL/26/0381 - <<Caoimhe O'Donoghue-Brennan>>, represented by {{Poppleston Allen}}.",
        ("comment", "PC <<Goddard-Nye>> relied on ((criminal_offence:the 2023 drink-drive conviction)); the arrest with no further action was withdrawn from the evidence.", 0),
        "Applicant said ((health:she has been sober since 2023 and attends AA)); character reference from her employer, the {{Duke of Wellington}} pub.",
        "Decision: granted, with advice. Decision notice to follow within 5 working days.",
    ], header=["Westbury District Council - Licensing Sub-Committee"], footer=["OFFICIAL - exempt information (Sch 12A para 1)"],
        comments=[(0, "<<Oliver Brimacombe>>", "OB", "Members reminded that the AA point is not a licensing objective matter.")],
        author="<<Bronwen Tudor-Harris>>")


@doc("lic-renewals.csv")
def _(d):
    return text(d, "licence,holder,email,phone,address_postcode,reminder_sent\n"
                "WDC/PL/01129,<<Hollingsworth, Beverley>>,[[email:bev.hollingsworth@example.co.uk]],[[phone:01632 960 018]],[[uk_postcode:BA14 8RE]],2026-10-01\n"
                "WDC/PL/01133,<<Tunde Bakare>>,[[email:tunde.bakare@example.org]],[[phone:07700 900 044]],[[uk_postcode:BA12 9LT]],2026-10-01\n"
                "WDC/PL/01140,<<SZABÓ, Eszter>>,[[email:eszter.szabo@example.net]],[[phone:+44 1632 960 051]],[[uk_postcode:BA13 4DW]],2026-10-02\n"
                "WDC/PL/01141,<<Mohammed Al-Rashid>>,[[email:m.alrashid@example.com]],[[phone:(01632) 960 052]],[[uk_postcode:SN10 1HQ]],2026-10-02\n")


@doc("lic-online-applications.jsonl")
def _(d):
    return jsonish(d, [
        {"submissionId": "PLA-26-0381", "applicant": {"firstName": "<<Caoimhe>>", "lastName": "<<O'Donoghue-Brennan>>"},
         "feePaid": 37.0, "cardNumber": "[[payment_card:4242 4242 4242 4242]]", "clientIp": "[[ip_address:192.0.2.61]]",
         "submitted": "2026-10-02T21:14:55Z"},
        {"submissionId": "PLA-26-0384", "applicant": {"firstName": "<<Marek>>", "lastName": "<<Dvořák>>"},
         "dob": "[[date_of_birth:1987-05-23]]", "feePaid": 37.0, "cardNumber": "[[payment_card:5105105105105100]]",
         "clientIp": "[[ip_address:2001:db8:1234:5678::9]]", "passportNumber": "[[uk_passport:120384756]]",
         "submitted": "2026-10-11T10:02:31Z"},
        {"submissionId": "PLA-26-0390", "applicant": {"firstName": "<<Precious>>", "lastName": "<<Ndlovu-Carter>>"},
         "feePaid": 37.0, "convictions": "((criminal_offence:Theft from a shop, 2021, conditional discharge))",
         "clientIp": "[[ip_address:203.0.113.199]]", "submitted": "2026-10-19T16:45:00Z"},
    ], lines=True)


@doc("lic-committee.html")
def _(d):
    return text(d, """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Licensing Sub-Committee - 9 November 2026</title></head><body>
<h1>Licensing Sub-Committee, 9 November 2026, {{Kennet Room}}</h1>
<table border="1">
<tr><th>Item</th><th>Applicant</th><th>Matter</th><th>Officer</th></tr>
<tr><td>1</td><td><<Caoimhe O'Donoghue-Brennan>></td><td>Personal licence - police objection (((criminal_offence:relevant offence: excess alcohol 2023)))</td><td><<B. Tudor-Harris>></td></tr>
<tr><td>2</td><td><<Pemberton, Alfie>></td><td>Personal licence - court notification of ((criminal_offence:a conviction for selling alcohol to a child))</td><td><<B. Tudor-Harris>></td></tr>
<tr><td>3</td><td>{{Greene King}} plc</td><td>Premises variation - the {{Lord Nelson}}</td><td><<Hywel Protheroe>></td></tr>
</table>
<p>Public may attend. Enquiries: [[phone:01632 960 250]].</p>
</body></html>
""")


@doc("lic-course-certs.tsv")
def _(d):
    return text(d, "cert_no\tcandidate\tdob\tcentre\tresult\tpassport_or_id\n"
                "HQ-22-7718\t<<Caoimhe O'Donoghue-Brennan>>\t[[date_of_birth:12/10/1992=>1992-10-12]]\tSwindon\tPass\tIrish passport\n"
                "HQ-26-1043\t<<Jaswinder Kaur Randhawa>>\t[[date_of_birth:31.07.00=>2000-07-31]]\tTrowbridge\tPass\tUK passport [[uk_passport:507718293]]\n"
                "HQ-26-1044\t<<Dmitri Volkov-Evans>>\t[[date_of_birth:1979-02-02]]\tTrowbridge\tFail\tDVLA [[uk_driving_licence:VOLKO702029DV9KP]]\n"
                "HQ-26-1045\t<<Amara Osei>>\t[[date_of_birth:Dec 4 1995=>1995-12-04]]\tTrowbridge\tPass\tUK passport [[uk_passport:639284015]]\n")


@doc("policy-lic-relevant-offences.txt")
def _(d):
    return text(d, """WESTBURY DISTRICT COUNCIL - LICENSING
Personal licences: relevant offences, foreign offences and immigration penalties (guidance for applicants)

An applicant must give the council a basic disclosure certificate no more than one month old.
"Relevant offences" are listed in Schedule 4 to the Licensing Act 2003. They include offences under the Licensing Act,
drink-driving, theft, fraud, violence, sexual offences and drug supply. A spent conviction is not a relevant offence.
If a certificate shows a relevant offence, we must tell the police, who may object within 14 days. A Home Office
immigration penalty is treated the same way. Any hearing takes place before a sub-committee of three councillors.
Applicants may be represented. Information about offences is criminal offence data: we keep it only for the life of
the licence and six years after.

Licensing team: [[phone:01632 960 250]] - [[email:licensing@westbury.example.gov.uk]] - Council Offices, Westbury [[uk_postcode:BA13 3QZ]]
""")
