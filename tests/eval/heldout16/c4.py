

# ---- 4. Trade union legal assistance and personal-injury desk (ulaw-)

@doc("ulaw-claim-intake.docx")
def _(d):
    return docx(d, [
        ("h", "TWWU Legal Assistance - personal injury intake"),
        ("table", [["Member", "<<Darius Kazemi-Holt>>"], ["Membership no.", "TW-0418872"], ["Branch", "Tilbury Docks"],
                   ["Date of birth", "[[date_of_birth:30/06/1979=>1979-06-30]]"], ["NI number", "[[uk_nino:QQ123456D]]"],
                   ["Mobile", "[[phone:07700 900 281]]"], ["Home", "12 Fairview Parade, Grays [[uk_postcode:RM17 6DA]]"]]),
        "Mr <<Kazemi-Holt>> ((trade_union:has been a member of the Transport and Warehouse Workers' Union since 2011)) and is covered by the scheme.",
        "Accident: 14 September 2026, trapped between a reach truck and racking at the {{Wickham}} distribution centre.",
        ("note", "Injuries: ((health:fractured pelvis and a crush injury to the right foot)); off work since.", 1),
        ("comment", "Employer's insurer is {{Aviva}}; accident book entry obtained from the rep, <<Noreen Fitzpatrick>>.", 0),
        "Referred to panel solicitors {{Pemberton Quayle}} LLP on 2 November 2026.",
        "Intake officer: <<Kwame Asamoah>>",
    ], header=["Transport and Warehouse Workers' Union - Legal Department - PRIVILEGED"],
        footer=["Legal helpline [[phone:020 7946 0381]] - [[email:legal@twwu.example.org.uk]]"],
        footnotes=[(1, "Discharge letter from Basildon Hospital on file; GP: Dr <<Harriet Lowe>>.")],
        comments=[(0, "<<Kwame Asamoah>>", "KA", "Rep <<Noreen>> also witnessed the near miss in August.")],
        author="<<Kwame Asamoah>>")


@doc("ulaw-rta-claim.pdf")
def _(d):
    return pdf(d, [[
        "TWWU Legal Assistance - Road Traffic Accident claim notification (member driver)",
        "Member: Mr <<Patrick Ogunleye>>    Membership no: TW-0290114",
        "Date of birth: [[date_of_birth:1 March 1985=>1985-03-01]]    Phone: [[phone:01632 960 418]]",
        "Driving licence no: [[uk_driving_licence:OGUNL803015P99AB]]",
        "Vehicle: company van, registration LV24 KXT. Third party: {{Hertz}} hire car.",
        "Address: 5 Chadwell Rise, Tilbury [[uk_postcode:RM18 8XQ]]",
        "Injuries: ((health:whiplash and a torn rotator cuff)); physiotherapy 8 sessions.",
        "((trade_union:Member of the union's Thurrock drivers' branch since 2019)).",
        "Passenger: <<Joaquim Magalhães>> (colleague, also injured; separate claim).",
        "Claims handler: <<Lorna McBride>> - [[email:lorna.mcbride@twwu.example.org.uk]]",
    ]])


@doc("ulaw-case-list.xlsx")
def _(d):
    return xlsx(d, [
        ("Open cases", [
            ["Ref", "Member", "DOB", "Branch", "Type", "Injury / issue", "Solicitor", "Reserve £"],
            ["PI-26-0914", "<<KAZEMI-HOLT, Darius>>", D(1979, 6, 30, True), "Tilbury Docks", "Workplace", "((health:Fractured pelvis))", "{{Pemberton Quayle}}", 45000],
            ["RTA-26-0311", "<<OGUNLEYE, Patrick>>", D(1985, 3, 1, True), "Thurrock drivers", "RTA", "((health:Whiplash))", "{{Pemberton Quayle}}", 6500],
            ["ET-26-0107", "<<Nwachukwu, Adaeze>>", D(1990, 8, 17, True), "Purfleet", "Tribunal", "((health:Disability discrimination - MS))", "In-house", 0],
        ]),
        ("Summary", [["Key", "Value"], ["Owner", "<<Lorna McBride>>"], ["Open", 3], ["Scheme", "((trade_union:Members only))"]]),
    ])


@doc("ulaw-member-mail.mbox")
def _(d):
    return mbox(d, [
        ("adaeze.n@example.com", "Fri Oct 30 19:02:11 2026",
         [("From", "<<Adaeze Nwachukwu>> <[[email:adaeze.n@example.com]]>"),
          ("To", "TWWU Legal <[[email:legal@twwu.example.org.uk]]>"),
          ("Subject", "My tribunal claim - meeting"), ("Date", "Fri, 30 Oct 2026 19:02:11 +0000")],
         "Hello,\n\nI'm a union member at the Purfleet site (my rep is <<Dariusz Wójcik>>). Since ((health:my MS diagnosis)) they\n"
         "have moved me to nights and refused the adjusted rota. Can someone call me on [[phone:07700 900 904]]?\n\n<<Adaeze>>\n",
         "ad1.20261030@example.com", None),
        ("lorna.mcbride@twwu.example.org.uk", "Mon Nov  2 10:15:00 2026",
         [("From", "<<Lorna McBride>> <[[email:lorna.mcbride@twwu.example.org.uk]]>"),
          ("To", "<<Adaeze Nwachukwu>> <[[email:adaeze.n@example.com]]>"),
          ("Subject", "Re: My tribunal claim - meeting"), ("Date", "Mon, 02 Nov 2026 10:15:00 +0000")],
         "Dear <<Adaeze>>,\n\nThank you. ((trade_union:As a member of over 12 months you qualify for legal assistance.)) I have booked\n"
         "you in for 9 November at the regional office, 1 Ferry Lane, [[uk_postcode:RM19 1RU]]. ACAS early conciliation: please\n"
         "keep the certificate number safe.\n\n> Since my MS diagnosis they have moved me to nights\n\n<<Lorna>>\n",
         "lm2.20261102@twwu.example.org.uk", "ad1.20261030@example.com"),
        ("dariusz.wojcik@twwu.example.org.uk", "Mon Nov  2 11:40:00 2026",
         [("From", "<<Dariusz Wójcik>> <[[email:dariusz.wojcik@twwu.example.org.uk]]>"),
          ("To", "<<Lorna McBride>> <[[email:lorna.mcbride@twwu.example.org.uk]]>"),
          ("Subject", "Re: My tribunal claim - meeting"), ("Date", "Mon, 02 Nov 2026 11:40:00 +0000")],
         "I can come on the 9th. The site manager is <<Graham Tollington>>; he wrote the rota email.\n<<Darek>>\n",
         "dw3.20261102@twwu.example.org.uk", "lm2.20261102@twwu.example.org.uk"),
    ])


@doc("ulaw-settlement.rtf")
def _(d):
    d.m("[[=uk_bank_account:309912:48120377]]")
    return rtf(d, [
        "Transport and Warehouse Workers' Union - Legal Department",
        "Private and confidential: Mr <<Seán Ó Conchúir>>, 8 Rathmines Close, Grays [[uk_postcode:RM16 2PL]]",
        "Dear Mr <<Ó Conchúir>>,",
        "Your claim for ((health:noise-induced hearing loss)) against {{Thames Freight}} has settled at £8,750.",
        "We will pay the damages to the account you gave us:",
        "Sort code: 30-99-12",
        "Account number: 48120377",
        "If you would rather be paid in Ireland, reply with your IBAN (we hold [[iban:IE29 AIBK 9311 5212 3456 78]] from an earlier claim).",
        "((trade_union:As a union member you keep 100% of your damages.))",
        "Yours sincerely, <<Lorna McBride>>, Claims Handler - [[phone:020 7946 0382]]",
    ])


@doc("ulaw-helpline.jsonl")
def _(d):
    return jsonish(d, [
        {"callId": "HL-77120", "memberName": "<<Kelechi Eze>>", "membershipNo": "TW-0551230", "status": "((trade_union:Member in good standing))", "cli": "[[phone:+447700900321]]",
         "topic": "((health:Slipped on ice in the yard, broken wrist))", "advisor": "<<K. Asamoah>>", "ts": "2026-11-02T08:55:00Z"},
        {"callId": "HL-77121", "memberName": "<<Bożena Lis>>", "membershipNo": "TW-0332871", "cli": "[[phone:01632 960 733]]",
         "topic": "Holiday pay query", "advisor": "<<K. Asamoah>>", "ts": "2026-11-02T09:20:00Z"},
        {"callId": "HL-77122", "memberName": "<<Ravinder Purewal>>", "membershipNo": None, "cli": "[[phone:020 7946 0987]]",
         "topic": "Not a member - asked to join to get help with a disciplinary", "advisor": "<<L. McBride>>", "ts": "2026-11-02T10:02:00Z"},
    ], lines=True)


@doc("ulaw-medical-report.md")
def _(d):
    return text(d, """# Medico-legal report - summary for the member's file

| Field | Detail |
|---|---|
| Claimant | <<Kazemi-Holt, Darius>> |
| DOB | [[date_of_birth:30.06.79=>1979-06-30]] |
| NHS number | [[nhs_number:999 678 2468]] |
| Expert | Mr <<Ioannis Papadakis>> FRCS (Orth) |
| Examined | 27 October 2026, {{Spire}} Hartswood |

## Opinion

Mr <<Kazemi-Holt>> ((health:sustained a fractured pelvis and a crush injury; he has post-traumatic arthritis of the right ankle))
and will not return to forklift work. ((health:He reports low mood and nightmares; a psychiatric report is recommended.))

Prepared for {{Pemberton Quayle}} LLP, instructed by the union.
""")


@doc("ulaw-rep-referral.eml")
def _(d):
    body = ("<<Lorna>>,\n\nReferring a member from Purfleet: <<Tomás Herrera Quintero>>, membership TW-0610458, "
            "DOB [[date_of_birth:22/11/1993=>1993-11-22]], mobile [[phone:07700 900 666]].\n"
            "((health:He has occupational dermatitis on both hands from the cleaning chemicals.)) The site has no COSHH assessment.\n"
            "((trade_union:He joined the union in March and I'm his rep.))\n\nNotes from our meeting attached.\n\nIn solidarity,\n"
            "<<Noreen Fitzpatrick>>\nWorkplace rep, Purfleet\n")
    html = ("<p><<Lorna>>,</p><p>Referring a member from Purfleet: <<Tomás Herrera Quintero>>, membership TW-0610458, "
            "DOB [[date_of_birth:22/11/1993=>1993-11-22]], mobile [[phone:07700 900 666]].</p>"
            "<p>He has occupational dermatitis on both hands from the cleaning chemicals.</p><p>In solidarity,<br><<Noreen Fitzpatrick>></p>")
    att = ("Rep's notes - <<T. Herrera Quintero>>\nSymptoms since June; GP fit note from Dr <<Anjali Mehta-Ross>>.\n"
           "Manager: <<Colin Pargeter>>. Colleague with the same rash: <<Shauna Devlin>>.\n")
    return eml(d, [("From", "<<Noreen Fitzpatrick>> <[[email:n.fitzpatrick.rep@example.org]]>"),
                   ("To", "<<Lorna McBride>> <[[email:lorna.mcbride@twwu.example.org.uk]]>"),
                   ("Cc", "Regional organiser <[[email:organiser.east@twwu.example.org.uk]]>"),
                   ("Subject", "PI referral - dermatitis - Purfleet"), ("Date", "Tue, 03 Nov 2026 07:48:21 +0000")],
               body, html, [("rep-notes.txt", "text/plain", att)], msgid="nf.0311@example.org", boundary="ulaw16ref")


@doc("training-ulaw-pi-basics.txt")
def _(d):
    return text(d, """TWWU Workplace Reps' Course - Module 6: Accidents, injuries and union legal help

What the union legal scheme covers
- Injuries at work, road traffic accidents (on or off duty), industrial disease such as hearing loss,
  dermatitis and vibration white finger, and employment tribunal claims.
- Members keep 100% of their damages. Cover starts after 13 weeks' membership for tribunal claims.

What the rep does
1. Make sure the accident book is filled in and ask for CCTV to be kept.
2. Take the member's account while it is fresh; photograph the scene.
3. Do not write medical details in group chats. Injury and health details are special category data:
   they go only on the referral form to the legal department.
4. A member who was arrested or cautioned after a workplace incident needs the criminal law helpline, not this form.

Legal department: [[phone:020 7946 0381]], [[email:legal@twwu.example.org.uk]].
""")
