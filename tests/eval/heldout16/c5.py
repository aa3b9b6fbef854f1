

# ---- 5. Private detective and tracing agency (trace-)

@doc("trace-instruction.eml")
def _(d):
    body = ("Dear Ms <<Kaczmarek>>,\n\n"
            "We act for the estate of the late <<Dorothy Ellen Pickersgill>>. We instruct you to trace a beneficiary:\n\n"
            "  Name: <<Graham Anthony PICKERSGILL>>\n  Born: [[date_of_birth:14.02.1967=>1967-02-14]]\n"
            "  Last known address: 31 Oakfield Avenue, Keighley [[uk_postcode:BD21 1BX]] (2011)\n"
            "  Possibly known as <<Tony Pickersgill>>; believed to have lived in Spain.\n\n"
            "Our budget is £600 plus VAT. Please do not approach him directly.\n\nKind regards\n\n<<Harriet Abernethy-Cole>>\n"
            "Private Client Team, {{Wainwright Ellis}} Solicitors\n[[phone:0113 496 0190]]\n")
    html = ("<p>Dear Ms <<Kaczmarek>>,</p><p>We act for the estate of the late <<Dorothy Ellen Pickersgill>>. "
            "We instruct you to trace a beneficiary: <<Graham Anthony PICKERSGILL>>, born [[date_of_birth:14.02.1967=>1967-02-14]], "
            "last known at 31 Oakfield Avenue, Keighley [[uk_postcode:BD21 1BX]].</p><p>Kind regards<br><<Harriet Abernethy-Cole>></p>")
    return eml(d, [("From", "<<Harriet Abernethy-Cole>> <[[email:h.abernethy-cole@wainwrightellis.example.co.uk]]>"),
                   ("To", "<<Renata Kaczmarek>> <[[email:renata@kestreltracing.example.com]]>"),
                   ("Subject", "New instruction - missing beneficiary"), ("Date", "Wed, 28 Oct 2026 15:33:09 +0000")],
               body, html, msgid="we.inst.1028@wainwrightellis.example.co.uk", boundary="trace16in")


@doc("trace-subject-report.docx")
def _(d):
    return docx(d, [
        ("h", "Trace report - KT/26/3381"),
        ("table", [["Subject", "<<Graham Anthony Pickersgill>>"], ["DOB", "[[date_of_birth:14/02/1967=>1967-02-14]]"],
                   ["Current address", "Apartment 3, 18 Calle Mayor, Torrevieja (confirmed 30/10)"],
                   ["UK address until 2019", "9 Lund Street, Bingley [[uk_postcode:BD16 4AY]]"],
                   ["Mobile", "[[phone:+44 7700 900 509]]"], ["Email", "[[email:tonyp67@example.net]]"]]),
        ("note", "Sources: electoral roll (2011-2018), a credit header, social media, and the IP addresses in two emails he sent "
                 "to a car forum ([[ip_address:203.0.113.88]] and [[ip_address:2001:db8:ffee::1]]).", 1),
        "Public record: ((criminal_offence:convicted at Bradford Crown Court in 2015 of benefit fraud, suspended sentence)).",
        ("comment", "His ex-partner, <<Lynne Harraway>>, confirmed he moved to Spain in 2019 ((health:after his heart bypass)).", 0),
        "Recommendation: the client writes to the Torrevieja address. Identity confirmed against passport number [[uk_passport:533401872]] "
        "held on the 2014 probate file.",
        "Investigator: <<Renata Kaczmarek>>, ABI member",
    ], header=["Kestrel Tracing & Investigations Ltd - CONFIDENTIAL - prepared for Wainwright Ellis"],
        footer=["Kestrel Tracing, Unit 4, Canal Wharf, Leeds [[uk_postcode:LS11 5PS]] - [[phone:0113 496 0444]]"],
        footnotes=[(1, "IP addresses are held for 6 months and then deleted.")],
        comments=[(0, "<<Callum Strachan>>", "CS", "Checked: <<Lynne>> is happy to be named in the report.")],
        author="<<Renata Kaczmarek>>")


@doc("trace-case-log.csv")
def _(d):
    return text(d, "case,opened,client,subject,type,investigator,status,fee\n"
                "KT/26/3381,2026-10-28,{{Wainwright Ellis}},<<Pickersgill, Graham>>,beneficiary trace,<<R. Kaczmarek>>,closed - traced,600\n"
                "KT/26/3382,2026-10-29,{{Harbour Finance}},<<Adewale Ogundipe>>,debtor trace,<<C. Strachan>>,open,85\n"
                "KT/26/3385,2026-10-30,private,<<Lucja Jabłońska>>,process serving,<<R. Kaczmarek>>,served 02/11,120\n"
                "KT/26/3390,2026-11-01,{{Northern Mutual}},<<Kieran Mulholland>>,insurance surveillance,<<Callum Strachan>>,open,1400\n")


@doc("trace-surveillance.txt")
def _(d):
    return text(d, """SURVEILLANCE LOG - KT/26/3390 - client: Northern Mutual (claims)
Subject: <<Kieran MULHOLLAND>>   DOB [[date_of_birth:5/8/1982=>1982-08-05]]
Claim: ((health:lumbar disc prolapse, says he cannot lift or drive)) - accident at work, March 2026
Home: 44 Glenview Drive, Wigan [[uk_postcode:WN5 9TL]]   Vehicle: grey Kia, SD70 PXO
Operatives: <<C. Strachan>> (CS), <<Imogen Drabble>> (ID)

06:45  CS on plot. Curtains closed.
08:12  Subject leaves by the front door carrying a holdall; drives the Kia himself.
08:40  Arrives {{PureGym}} Wigan. Inside 1h 20m (no filming inside).
10:05  Leaves; stops at {{B&Q}}, loads two bags of sand into the boot unaided.
11:30  Home. A woman (believed partner <<Stacey Mulholland>>) carries nothing.
Footage: 14 clips, 22 minutes. Hash log kept with the case file.
""")


@doc("trace-debtor-batch.tsv")
def _(d):
    return text(d, "ref\tsurname\tforenames\tdob\tlast_postcode\tphone_found\tresult\n"
                "HF-1101\t<<OGUNDIPE>>\t<<Adewale>>\t[[date_of_birth:1975-04-19]]\t[[uk_postcode:OL9 6RT]]\t[[phone:07700 900 022]]\tnew address confirmed\n"
                "HF-1102\t<<Ferreira Lopes>>\t<<Ana Beatriz>>\t[[date_of_birth:09/12/1988=>1988-12-09]]\t[[uk_postcode:M14 7HB]]\t\tgone away - no trace\n"
                "HF-1103\t<<MACKINNON>>\t<<Ruaridh Iain>>\t[[date_of_birth:28-Jan-71=>1971-01-28]]\t[[uk_postcode:PA3 2QT]]\t[[phone:0141 496 0551]]\tdeceased 2025\n"
                "HF-1104\t<<Nguyen>>\t<<Thi Hoa>>\t[[date_of_birth:3 Nov 1994=>1994-11-03]]\t[[uk_postcode:LS8 3DP]]\t[[phone:+44 113 496 0762]]\temployer found\n")


@doc("trace-invoice.pdf")
def _(d):
    d.m("[[=uk_bank_account:602017:23004519]]")
    return pdf(d, [[
        "KESTREL TRACING & INVESTIGATIONS LTD",
        "Unit 4, Canal Wharf, Leeds [[uk_postcode:LS11 5PS]]   Tel [[phone:0113 496 0444]]   [[email:accounts@kestreltracing.example.com]]",
        "INVOICE KT-INV-20771     Date: 02/11/2026",
        "To: Private Client Team, Wainwright Ellis Solicitors (attn. <<H. Abernethy-Cole>>)",
        "Re: KT/26/3381 - beneficiary trace (<<G. A. Pickersgill>>)",
        "Tracing fee                                   600.00",
        "VAT 20%                                       120.00",
        "TOTAL                                         720.00",
        "Pay by BACS to Kestrel Tracing & Investigations Ltd:",
        "Sort code 60-20-17",
        "Account no. 23004519",
        "or by card on [[phone:0113 496 0444]] (we have card ending 1111 on file for retainer clients).",
        "IBAN for payments from abroad: [[iban:GB29 NWBK 6016 1331 9268 19]]",
    ]])


@doc("trace-skip-results.json")
def _(d):
    return jsonish(d, {
        "requestId": "skp_8f21c0",
        "subject": {"givenName": "<<Adewale>>", "familyName": "<<Ogundipe>>", "dob": "[[date_of_birth:1975-04-19]]"},
        "matches": [
            {"source": "credit_header", "address": "Flat 2, 71 Hollins Road, Oldham", "postcode": "[[uk_postcode:OL8 4JZ]]",
             "firstSeen": "2024-06", "confidence": 0.92},
            {"source": "telco", "msisdn": "[[phone:447700900022=>+447700900022]]", "confidence": 0.81},
            {"source": "email_append", "email": "[[email:wale.ogundipe@example.org]]", "lastLoginIp": "[[ip_address:198.51.100.77]]"},
        ],
        "associates": [{"name": "<<Folasade Ogundipe>>", "relationship": "spouse"}],
        "flags": {"ccj": True, "insolvency": False},
    })


@doc("trace-caseload.ods")
def _(d):
    return ods(d, [
        ("Caseload", [
            ["Investigator", "Case", "Subject", "Subject DOB", "Due", "Hours"],
            ["<<Renata Kaczmarek>>", "KT/26/3385", "<<JABŁOŃSKA, Łucja>>", D(1996, 7, 14, True), D(2026, 11, 6), 3.5],
            ["<<Callum Strachan>>", "KT/26/3390", "<<Kieran Mulholland>>", D(1982, 8, 5, True), D(2026, 11, 20), 22],
            ["<<Imogen Drabble>>", "KT/26/3391", "<<Zubair Hussain-Shah>>", D(1969, 1, 2, True), D(2026, 11, 13), 6],
        ]),
        ("Contacts", [["Name", "Mobile"], ["<<Renata Kaczmarek>>", "[[phone:07700 900 700]]"], ["<<Callum Strachan>>", "[[phone:07700 900 701]]"]]),
    ], creator="Renata Kaczmarek")


@doc("policy-trace-code-of-conduct.md")
def _(d):
    return text(d, """# Kestrel Tracing & Investigations - code of conduct for investigators

1. **Lawful basis.** We trace people for legitimate interests: reuniting beneficiaries, recovering debts, serving
   court papers. We do not trace for anyone who may intend harm; refuse and record any instruction about a former partner.
2. **Pretexting is forbidden.** Never pretend to be the subject or a public body to obtain information (s.170 DPA 2018).
3. **Surveillance** is filmed only in public places. Never film inside a gym, a place of worship or a clinic.
4. **Special category data.** Health (for example, an injury claim), criminal records and religion come up in our work.
   Record only what the client's purpose needs; never put it in an invoice.
5. **Retention.** Case files are deleted six years after closure; IP logs after six months.

| Role | Contact |
|---|---|
| Data protection lead | [[email:dpo@kestreltracing.example.com]] |
| Office | [[phone:0113 496 0444]] |
""")
