

# ================================================================ content
# ---- 1. Children's social care: child-protection conference unit (cp-)

@doc("cp-conference-invitation.docx")
def _(d):
    return docx(d, [
        ("h", "Invitation to an Initial Child Protection Conference"),
        "Our ref: CPC/2026/0417    Date: 2 November 2026",
        "Mrs <<Shabnam Akhtar-Rahman>>",
        "Flat 6, Corporation Mews, Thornbury Road, Northmoor [[uk_postcode:BL4 7QF]]",
        "Dear Mrs <<Akhtar-Rahman>>,",
        "I am writing to invite you to an initial child protection conference about your son <<Zayan Rahman>> "
        "(date of birth [[date_of_birth:19/08/2019=>2019-08-19]]), to be held on 16 November 2026 at 10:00 in the "
        "{{Lowry Suite}}, Northmoor Civic Centre. The conference was called after the strategy discussion on 28 October.",
        ("note", "The reports shared with you before the conference will include the police information that "
                 "Mr <<Imran Rahman>> ((criminal_offence:was arrested on 21 October on suspicion of assault)) and is on bail.", 1),
        ("comment", "The health visitor's report notes that you have been ((health:receiving treatment for postnatal depression)) since the spring.", 0),
        "You may bring a friend, relative or advocate. An interpreter in Sylheti can be booked for you; please tell us by 9 November.",
        ("table", [["Conference chair", "<<Deirdre McAteer>>"], ["Social worker", "<<Tomasz Zieliński>>"],
                   ["Phone", "[[phone:0161 496 0734]]"], ["Email", "[[email:cp.conferences@northmoor.example.org]]"]]),
        "Yours sincerely,",
        "<<Deirdre McAteer>>",
        "Independent Chair, Child Protection Conference Unit",
    ], header=["Northmoor Borough Council - Children's Services - OFFICIAL-SENSITIVE"],
        footer=["Child Protection Conference Unit, Civic Centre, Northmoor [[uk_postcode:BL1 1RU]] - [[phone:0161 496 0700]]"],
        footnotes=[(1, "Police disclosure summary received from DS <<Ruairi Flanagan>>, Public Protection Unit.")],
        comments=[(0, "<<Deirdre McAteer>>", "DM", "Check with <<Tomasz>> before this goes: mum asked that the depression is not spelt out in the letter.")],
        author="<<Deirdre McAteer>>", title="ICPC invitation")


@doc("cp-conference-minutes.pdf")
def _(d):
    return pdf(d, [[
        "NORTHMOOR SAFEGUARDING CHILDREN PARTNERSHIP",
        "Initial Child Protection Conference - minutes (restricted)",
        "Child: <<Kayden Okonkwo-Hughes>>   D.O.B.: [[date_of_birth:07-Feb-17=>2017-02-07]]   NHS No: [[nhs_number:999 234 5675]]",
        "Ethnicity (from referral): ((racial_ethnic_origin:Mixed - White and Black Caribbean))",
        "Address: 22 Larkhill Close, Northmoor [[uk_postcode:BL3 5NW]]",
        "Present: <<Deirdre McAteer>> (Chair) was not available; chaired by <<Gwenllian Pryce>>.",
        "  <<Aaliyah Hughes>> (mother); <<Desmond Okonkwo>> (father, by phone [[phone:07700 900418]]);",
        "  PC <<Liam Fairbrother>> (police); <<Bethan Rees-Morgan>> (health visitor);",
        "  <<Siobhan Ní Bhriain>> (DSL, {{St Wilfrid's}} Primary); <<Hamza Qureshi>> (social worker).",
        "Apologies: <<Vikram Nair>> (school nurse).",
        "Summary: <<Kayden>> was seen at A&E on 19 October with ((health:a spiral fracture of the left forearm));",
        "the paediatric opinion was that the explanation given was not consistent with the injury.",
        "Ms <<Hughes>> told the conference that ((health:she is prescribed methadone and has been stable for a year)).",
        "Mr <<Okonkwo>> ((criminal_offence:has a 2019 conviction for possession with intent to supply)), spent.",
        "Decision: child protection plan under the category of physical abuse. Review conference in three months.",
        "Minute taker: <<Joanne Whitworth-Clegg>>, Business Support, [[phone:0161 496 0712]]",
    ]])


@doc("cp-referrals-tracker.xlsx")
def _(d):
    return xlsx(d, [
        ("Open plans", [
            ["Child", "DOB", "NHS number", "Plan category", "Parent / carer", "Key concern", "Review due"],
            ["<<NOWAK, Oliwia>>", D(2014, 3, 11, True), "[[nhs_number:9993456128]]", "Neglect",
             "<<Agnieszka Nowak>>", "Mother ((health:alcohol dependent, detox refused))", D(2026, 12, 1)],
            ["<<O'SULLIVAN, Cian>>", D(2020, 6, 30, True), "[[nhs_number:999 456 1235]]", "Emotional abuse", "<<Niamh O'Sullivan>>",
             "Domestic abuse; ((criminal_offence:stepfather convicted of common assault)) (<<Lee Brannigan>>)", D(2027, 1, 12)],
            ["<<BEGUM, Tahmina>>", D(2011, 11, 2, True), "[[nhs_number:999 567 8349]]", "Sexual abuse", "<<Rokeya Begum>>",
             "CSE concerns; {{Barnardo's}} worker allocated", D(2026, 12, 8)],
        ]),
        ("Lookups", [
            ["Key", "Value"], ["Unit phone", "[[phone:0161 496 0700]]"], ["Out of hours", "[[phone:0161 496 0999]]"],
            ["Unit mailbox", "[[email:cp.conferences@northmoor.example.org]]"], ["Owner", "<<Gwenllian Pryce>>"],
        ]),
    ])


@doc("cp-core-group.eml")
def _(d):
    body = ("Hi all,\n\nCore group for <<Kayden>> is moved to Thursday 26 November, 14:00, at the family hub.\n"
            "<<Aaliyah>> has asked that the meeting is not at home. Her new number is [[phone:07700 900 562]].\n"
            "Health visiting: please bring the growth chart. PC <<Fairbrother>> will update on the bail conditions.\n\n"
            "Visit log attached.\n\nThanks,\n<<Hamza>>\n\n<<Hamza Qureshi>> | Social Worker | Children's Services\n"
            "[[phone:+44 161 496 0745]] | [[email:hamza.qureshi@northmoor.example.org]]\n")
    html = ("<p>Hi all,</p><p>Core group for <<Kayden>> is moved to Thursday 26 November, 14:00, at the family hub. "
            "<<Aaliyah>> has asked that the meeting is not at home. Her new number is [[phone:07700 900 562]].</p>"
            "<p>Health visiting: please bring the growth chart. PC <<Fairbrother>> will update on the bail conditions.</p>"
            "<p>Thanks,<br><<Hamza>></p>")
    csv_att = ("date,worker,seen_alone,notes\n"
               "2026-10-30,<<H. Qureshi>>,yes,\"Cast still on; <<Kayden>> said his arm was better\"\n"
               "2026-11-03,<<B. Rees-Morgan>>,no,\"Mum ((health:missed her methadone pick-up)) on Saturday\"\n")
    return eml(d, [("From", "<<Hamza Qureshi>> <[[email:hamza.qureshi@northmoor.example.org]]>"),
                   ("To", "<<Bethan Rees-Morgan>> <[[email:bethan.rees-morgan@nhs-northmoor.example.nhs.uk]]>"),
                   ("Cc", "<<Siobhan Ní Bhriain>> <[[email:dsl@stwilfrids.example.sch.uk]]>, [[email:liam.fairbrother@police.example.org]]"),
                   ("Subject", "Core group - K O-H - change of date"),
                   ("Date", "Tue, 03 Nov 2026 16:12:44 +0000")],
               body, html, [("visit-log.csv", "text/csv", csv_att)], msgid="cg.20261103.1612@mail.northmoor.example.org",
               boundary="cp16core")


@doc("cp-strategy-discussion.md")
def _(d):
    return text(d, """# Strategy discussion (s.47) - record

**Child:** <<Mercy Adeyemi-Cole>> (born [[date_of_birth:2 June 2015=>2015-06-02]])
**Address:** 14 Brindle Terrace, Northmoor [[uk_postcode:BL2 6HD]]
**Date:** 28 October 2026, 11:30, by Teams

| Agency | Attendee | Contact |
|---|---|---|
| Children's Services | <<Hamza Qureshi>> | [[phone:0161 496 0745]] |
| Police PPU | DS <<Ruairi Flanagan>> | [[email:ruairi.flanagan@police.example.org]] |
| Health | Dr <<Priya Venkataraman>>, named doctor | [[phone:0161 496 0288]] |
| Education | <<Aled Humphreys>>, head | [[phone:0161 496 0301]] |

## Information shared

- <<Mercy>> told her teacher that her stepfather, <<Gary Lomax>>, hit her with a belt.
- Police: Mr <<Lomax>> ((criminal_offence:was cautioned for battery in 2022)); no current bail.
- Health: <<Mercy>> ((health:has sickle cell disease)) and missed two haematology appointments.
- The family attend {{Bethel Pentecostal}}; the pastor has offered to support mum.

## Decision

Section 47 enquiry; joint visit today. Medical at the {{Rainbow Centre}} (paediatric assessment).
""")


@doc("cp-parent-advocate.rtf")
def _(d):
    return rtf(d, [
        "Family Advocacy Northmoor - advocate's note for conference",
        "Parent: <<Małgorzata Wiśniewska>>   Child: <<Zofia Wiśniewska-Kaur>>",
        "DOB of parent: [[date_of_birth:1990-01-23]]   Phone: [[phone:07700 900871]]",
        "<<Małgorzata>> ((health:has a mild learning disability)) and asked for easy-read copies of every report.",
        "She wants the conference to know that <<Zofia>>'s father, <<Arjun Bains>>, "
        "is not living at the address and that ((criminal_offence:his conviction for harassment)) is why she ended the relationship.",
        "She would like the Polish interpreter she had in October, <<Ewa Dąbrowska>>.",
        "Advocate: <<Precious Mhlanga>>, [[email:advocacy@familyadvocacy.example.co.uk]]",
    ])


@doc("cp-case-portal.json")
def _(d):
    return jsonish(d, {
        "exportedBy": "svc_carefirst",
        "case": {
            "caseId": "CF-2026-118204",
            "childForename": "<<Ishaan>>", "childSurname": "<<Chaudhry>>",
            "dateOfBirth": "[[date_of_birth:2018-09-14]]",
            "nhsNumber": "[[nhs_number:9997893565]]",
            "ethnicity": "((racial_ethnic_origin:Asian or Asian British - Pakistani))",
            "religion": "((religious_belief:Muslim))",
            "keyWorker": {"displayName": "<<Chloe Van der Merwe>>", "email": "[[email:chloe.vandermerwe@northmoor.example.org]]"},
            "planCategory": "Neglect",
            "parentalFactors": ["((health:Parental mental health - father psychosis 2025))", "Housing"],
        },
        "audit": [
            {"user": "c.vandermerwe", "action": "view", "ip": "[[ip_address:198.51.100.23]]", "at": "2026-11-02T10:14:00Z"},
            {"user": "d.mcateer", "action": "edit", "ip": "[[ip_address:2001:db8:4a1::17]]", "at": "2026-11-02T11:02:00Z"},
        ],
    })


@doc("cp-chair-rota.tsv")
def _(d):
    return text(d, "week\tchair\textension\tmobile\temail\troom\n"
                "16 Nov\t<<McAteer, Deirdre>>\t0734\t[[phone:07700 900 131]]\t[[email:deirdre.mcateer@northmoor.example.org]]\t{{Lowry Suite}}\n"
                "23 Nov\t<<PRYCE, Gwenllian>>\t0736\t[[phone:07700900132]]\t[[email:gwenllian.pryce@northmoor.example.org]]\t{{Pankhurst Room}}\n"
                "30 Nov\t<<Ó DÁLAIGH, Cathal>>\t0739\t[[phone:+447700900133]]\t[[email:cathal.odalaigh@northmoor.example.org]]\tTeams\n"
                "7 Dec\t<<Adebayo-Lindqvist, Folake>>\t0741\t[[phone:07700 900134]]\t[[email:folake.adebayo-lindqvist@northmoor.example.org]]\t{{Lowry Suite}}\n")


@doc("policy-cp-information-sharing.txt")
def _(d):
    return text(d, """Northmoor Safeguarding Children Partnership
Information sharing for child protection conferences - practice guidance (v4, 2026)

1. Purpose. Conferences depend on agencies sharing what they know about a child's welfare. The UK GDPR
and the Data Protection Act 2018 do not prevent sharing where a child is at risk of significant harm.
2. Special category data. Reports will often contain health information (including parental mental
health and substance misuse), ethnicity, religion and information about offences. Share only what is
relevant to the child's safety, and record the lawful basis on the conference record.
3. Police information. A caution, conviction or arrest is shared by the police representative. Spent
convictions are shared only where relevant to risk.
4. Parents' copies. Third-party information is redacted before the minutes go to parents.
5. Retention. Conference records are kept until the child's 25th birthday, or 75 years for looked-after children.
Questions: Child Protection Conference Unit, [[phone:0161 496 0700]], [[email:cp.conferences@northmoor.example.org]].
""")
