

# ---- 3. Faith community welfare fund (fund-): a gurdwara, a synagogue and a church

@doc("fund-application-form.docx")
def _(d):
    d.m("[[=uk_bank_account:401162:71550934]]")
    return docx(d, [
        ("h", "Three Faiths Community Welfare Fund - hardship application"),
        ("table", [["Applicant", "<<Manjit Kaur Dhaliwal>>"], ["D.O.B.", "[[date_of_birth:03-Apr-81=>1981-04-03]]"],
                   ["National Insurance no.", "[[uk_nino:QQ 12 34 56 C]]"],
                   ["Address", "27 Soho Road, Handsworth, Birmingham [[uk_postcode:B21 9RY]]"],
                   ["Phone", "[[phone:0121 496 0373]]"], ["Email", "[[email:manjit.dhaliwal@example.co.uk]]"],
                   ["Bank sort code", "40-11-62"], ["Account number", "71550934"]]),
        "Why are you applying? My husband, <<Sukhwinder Singh Dhaliwal>>, ((criminal_offence:was sentenced to 18 months in October)) "
        "and I have lost his wage. ((health:I am waiting for a hip replacement)) and cannot work extra shifts.",
        "Connection to a member faith: ((religious_belief:I am amritdhari and do seva)) at the {{Guru Nanak}} Gurdwara langar every Sunday.",
        "Referee: Bhai <<Harpal Singh Sandhu>>, granthi.",
        "Declaration signed: <<M. K. Dhaliwal>>   Date: 26/10/2026",
    ], header=["THREE FAITHS COMMUNITY WELFARE FUND - CONFIDENTIAL"],
        footer=["Registered charity 1190000 - 60 Grove Lane, Birmingham [[uk_postcode:B21 9ES]] - [[phone:0121 496 0300]]"],
        comments=[(0, "<<Rachel Liebermann>>", "RL", "Award £400 and refer to the debt adviser. Husband's release date not needed on file.")],
        author="<<Rachel Liebermann>>")


@doc("fund-payments.xlsx")
def _(d):
    d.m("[[=uk_bank_account:401162:71550934]][[=uk_bank_account:209814:30457721]][[=uk_bank_account:090128:66183402]]")
    return xlsx(d, [
        ("Grants paid Nov", [
            ["Date", "Payee", "Sort code", "Account", "Amount", "Purpose"],
            [D(2026, 11, 2), "<<Manjit Kaur Dhaliwal>>", "40-11-62", "71550934", 400, "Hardship"],
            [D(2026, 11, 2), "<<Yitzchak Rosenthal>>", "20-98-14", "30457721", 250, "Winter fuel"],
            [D(2026, 11, 3), "<<Okafor, Chidinma>>", "09-01-28", "66183402", 180.5, "School uniform"],
        ]),
        ("Fund details", [
            ["Field", "Value"], ["Treasurer", "<<Emmanuel Boateng-Marsh>>"], ["Fund IBAN", "[[iban:GB33 BUKB 2020 1555 5555 55]]"],
            ["Treasurer phone", "[[phone:07700 900 612]]"], ["Bank", "{{Lloyds}} Birmingham"],
        ]),
    ])


@doc("fund-trustees-minutes.odt")
def _(d):
    return odt(d, [
        "Three Faiths Community Welfare Fund - trustees' meeting, 28 October 2026",
        "Present: Rabbi <<Eliezer Grunfeld>> (chair), <<Harpal Singh Sandhu>>, Revd <<Olusegun Adebisi>>, <<Rachel Liebermann>> (coordinator), "
        "<<Emmanuel Boateng-Marsh>> (treasurer).",
        "1. Cases. Mrs <<Rosenthal>>'s husband <<Yitzchak>> ((health:is now housebound after his stroke)); trustees agreed the winter fuel grant.",
        "2. A request from a family at {{St Chad's}} was declined: the fund cannot pay court fines.",
        "3. <<Chidinma Okafor>> ((religious_belief:asked for a grant for her son's confirmation at St Aidan's)) - agreed from the church's share.",
        "4. Revd <<Adebisi>> reported the {{Mitzvah Day}} collection raised £1,240.",
        ("t", [["Action", "Owner"], ["Refer Mrs Dhaliwal to debt advice", "<<Rachel>>"], ["Bank mandate change", "<<Emmanuel>>"]]),
    ], creator="Rachel Liebermann")


@doc("fund-referral.eml")
def _(d):
    body = ("Dear <<Rachel>>,\n\nI'd like to refer <<Tendai Mukwashi>> (DOB [[date_of_birth:9/3/1977=>1977-03-09]]), "
            "20 Wattville Road, [[uk_postcode:B66 4JZ]], tel [[phone:07700 900 815]].\n"
            "He ((health:has kidney failure and dialyses three times a week)), and his ESA has been stopped pending a review.\n"
            "((religious_belief:He is a member of the Methodist church on Bearwood Road)) and his minister is happy to be a referee.\n\n"
            "The referral form is attached.\n\nBest wishes,\n<<Olamide Fashola>>\nSocial prescriber, Smethwick PCN\n[[phone:0121 496 0458]]\n")
    att = ("REFERRAL FORM\nName: <<Tendai Mukwashi>>\nNINO: [[uk_nino:QQ 65 43 21 A]]\nHousehold: lives alone\n"
           "Need: food and utility top-up\nReferrer: <<O. Fashola>>\n")
    return eml(d, [("From", "<<Olamide Fashola>> <[[email:olamide.fashola@smethwickpcn.example.nhs.uk]]>"),
                   ("To", "<[[email:grants@threefaithsfund.example.org]]>"),
                   ("Cc", "<<Mukwashi, Tendai>> <[[email:tendai.mukwashi@example.net]]>"),
                   ("Subject", "Referral - <<T. Mukwashi>>"), ("Date", "Thu, 29 Oct 2026 11:05:00 +0000")],
               body, None, [("referral.txt", "text/plain", att)], msgid="ref.1029@smethwickpcn.example.nhs.uk", boundary="fund16ref")


@doc("fund-casework.txt")
def _(d):
    return text(d, """CASEWORK NOTES - Three Faiths Community Welfare Fund
Client: <<Yitzchak ROSENTHAL>>
DOB: [[date_of_birth:12th December 1949=>1949-12-12]]   Tel: [[phone:0161 496 0627]]
Address: 4 Leicester Road, Salford [[uk_postcode:M7 4AS]]

02/11 Home visit with his daughter <<Dvora Rosenthal-Katz>>. Mr <<Rosenthal>> ((health:has aphasia since the stroke)).
((religious_belief:The family keep kosher and shabbos)); food parcels must come from the kosher store, not the general bank.
Winter fuel grant £250 paid 02/11. Daughter asked that letters go to her: [[email:dvora.rk@example.com]].
Next review: January. Caseworker: <<R. Liebermann>>.
""")


@doc("fund-donations.csv")
def _(d):
    return text(d, "date,donor,postcode,method,card_or_ref,amount,gift_aid\n"
                "2026-10-03,<<Pritam Singh Bhogal>>,[[uk_postcode:B20 2QA]],card,[[payment_card:4111 1111 1111 1111]],50.00,Y\n"
                "2026-10-05,<<Miriam Feldman>>,[[uk_postcode:M25 0JT]],card,[[payment_card:5555555555554444]],36.00,Y\n"
                "2026-10-09,Anonymous,,cash,,20.00,N\n"
                "2026-10-12,Fr. <<Tomás Ó Briain>>,[[uk_postcode:B17 9DY]],standing order,SO-4471,15.00,N\n"
                "2026-10-15,<<Kuldip Kaur Gill>>,[[uk_postcode:B21 0HN]],card,[[payment_card:4000 0566 5566 5556]],101.00,Y\n"
                "2026-10-18,{{Handsworth Rotary}},[[uk_postcode:B21 9AU]],cheque,000412,250.00,N\n")


@doc("fund-kosher-parcels.tsv")
def _(d):
    return text(d, "week\trecipient\tdiet\taddress\tphone\tdriver\n"
                "45\t<<Yitzchak Rosenthal>>\t((religious_belief:Kosher (Kedassia) - keeps shabbos))\t4 Leicester Road, [[uk_postcode:M7 4AS]]\t[[phone:0161 496 0627]]\t<<Shmuel>>\n"
                "45\t<<Esther Abramovich>>\t((religious_belief:Kosher))\t19 Bury Old Road, [[uk_postcode:M8 5EL]]\t[[phone:0161 496 0634]]\t<<Shmuel>>\n"
                "45\t<<Leibowitz, Chaim>>\tKosher; ((health:renal diet))\t7 Cheltenham Crescent, [[uk_postcode:M7 4FE]]\t[[phone:0161 496 0639]]\t<<Dov>>\n")


@doc("fund-helpline.rtf")
def _(d):
    return rtf(d, [
        "Helpline call note - 30 October 2026, 14:20",
        "Caller: <<Grażyna Sobczak>>, tel. [[phone:07700 900 437]], born [[date_of_birth:21 May 1968=>1968-05-21]]",
        "Calls on behalf of her neighbour <<Winston Thorpe>>, 82, who ((health:has dementia)) and whose boiler failed.",
        "Mr <<Thorpe>> ((religious_belief:worships at the Seventh-day Adventist church on Villa Road)); the pastor asked him to ring us.",
        "Action: emergency heater from the {{Baxter}} fund stock; home visit Monday by <<Rachel>>.",
        "Taken by: <<Joel Mandelbaum>> (volunteer)",
    ])


@doc("policy-fund-privacy.html")
def _(d):
    return text(d, """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Privacy notice - Three Faiths Community Welfare Fund</title></head><body>
<h1>How we use your information</h1>
<p>The Three Faiths Community Welfare Fund is run jointly by a gurdwara, a synagogue and a church. We help people in hardship
whatever their faith or none.</p>
<h2>What we collect</h2>
<ul><li>Your name, contact details and household.</li>
<li>Your bank details, so that we can pay a grant.</li>
<li>Health information, if you tell us about an illness or disability that affects your need.</li>
<li>Your religion, only if you tell us you belong to one of our member communities; it is not a condition of help.</li>
<li>Information about a conviction of someone in your household, only where it explains the hardship.</li></ul>
<h2>Your rights</h2>
<dl><dt>Access</dt><dd>Ask for a copy of what we hold.</dd><dt>Erasure</dt><dd>Ask us to delete it when we no longer need it.</dd></dl>
<p>Contact: [[email:privacy@threefaithsfund.example.org]], [[phone:0121 496 0300]], 60 Grove Lane, Birmingham [[uk_postcode:B21 9ES]].</p>
</body></html>
""")
