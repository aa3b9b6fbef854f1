

# ---- 7. Hospital sexual assault referral centre (sarc-)

@doc("sarc-forensic-record.pdf")
def _(d):
    return pdf(d, [[
        "ROWAN HOUSE SEXUAL ASSAULT REFERRAL CENTRE - FORENSIC MEDICAL EXAMINATION RECORD",
        "Client: <<Yasmin Haddad>>      DOB: [[date_of_birth:2001-09-17]]      NHS: [[nhs_number:999 543 2102]]",
        "Referral: police (Op. Harbour), crime ref 47/118822/26. Officer: DC <<Lewis Armitage>>.",
        "((criminal_offence:Reported rape on 31/10/2026)) by a man known to her, <<Connor Whitlock>>, now arrested and bailed.",
        "Examiner: Dr <<Sunita Ramaswamy>>      Crisis worker: <<Maeve Kilbride>>",
        "((sex_life_orientation:Last consensual intercourse: 24/10/2026, with her girlfriend)) - relevant to DNA interpretation.",
        "Findings: ((health:bruising to both upper arms and a laceration requiring steri-strips)).",
        "Samples: swabs x6, blood and urine (toxicology). ((genetic:Elimination DNA reference sample taken from the client.))",
        "Treatment: ((health:emergency contraception and HIV PEPSE started; hepatitis B vaccine dose 1)).",
    ], [
        "Aftercare: ISVA referral accepted; GUM follow-up at 2 and 12 weeks.",
        "Contact preference: text only to [[phone:07700 900 603]] - do not leave messages.",
        "Rowan House, Riverside Hospital site, [[uk_postcode:LS9 7TF]] - 24h line [[phone:0113 496 0999]]",
    ]])


@doc("sarc-isva-referrals.xlsx")
def _(d):
    return xlsx(d, [
        ("Referrals", [
            ["Received", "Client", "DOB", "Phone", "Route", "Police?", "ISVA", "Notes"],
            [D(2026, 11, 1), "<<Haddad, Yasmin>>", D(2001, 9, 17, True), "[[phone:07700 900 603]]", "Police", "Yes",
             "<<Chanel Oduya>>", "((criminal_offence:Suspect arrested))"],
            [D(2026, 11, 2), "<<Lindqvist, Freya>>", D(1978, 4, 4, True), "[[phone:07700 900 604]]", "Self", "Undecided",
             "<<Chanel Oduya>>", "((health:PTSD - historic abuse aged 12))"],
            [D(2026, 11, 2), "<<Bashir, Idris>>", D(1999, 1, 15, True), "[[phone:07700 900 605]]", "GP", "No",
             "<<Marcus Fenwick-Obi>>", "((sex_life_orientation:Gay man)) - wants male ISVA"],
        ]),
        ("ISVA team", [["Name", "Mobile"], ["<<Chanel Oduya>>", "[[phone:07700 900 610]]"], ["<<Marcus Fenwick-Obi>>", "[[phone:07700 900 611]]"]]),
    ])


@doc("sarc-crisis-worker.mbox")
def _(d):
    return mbox(d, [
        ("maeve.kilbride@rowanhouse.example.nhs.uk", "Sun Nov  1 04:22:00 2026",
         [("From", "<<Maeve Kilbride>> <[[email:maeve.kilbride@rowanhouse.example.nhs.uk]]>"),
          ("To", "Rowan House ISVAs <[[email:isva@rowanhouse.example.nhs.uk]]>"),
          ("Subject", "Overnight - one attendance (YH)"), ("Date", "Sun, 01 Nov 2026 04:22:00 +0000")],
         "Overnight: one forensic attendance, <<Yasmin>>, via police. She is staying with her sister <<Dalia Haddad>>\n"
         "(mobile [[phone:07700 900 615]]). ((health:She was very distressed and has a history of self-harm)); GP informed with consent.\n"
         "She asked for a female ISVA who is not from her community.\n\n<<Maeve>>\n",
         "mk.0101@rowanhouse.example.nhs.uk", None),
        ("chanel.oduya@rowanhouse.example.nhs.uk", "Mon Nov  2 09:05:00 2026",
         [("From", "<<Chanel Oduya>> <[[email:chanel.oduya@rowanhouse.example.nhs.uk]]>"),
          ("To", "<<Maeve Kilbride>> <[[email:maeve.kilbride@rowanhouse.example.nhs.uk]]>"),
          ("Subject", "Re: Overnight - one attendance (YH)"), ("Date", "Mon, 02 Nov 2026 09:05:00 +0000")],
         "I'll take her. Called her at 09:00; first meeting Wednesday at the {{Bramley}} outreach room.\n"
         "> She asked for a female ISVA who is not from her community.\n\n<<Chanel>>\n",
         "co.0211@rowanhouse.example.nhs.uk", "mk.0101@rowanhouse.example.nhs.uk"),
    ])


@doc("sarc-follow-up.docx")
def _(d):
    return docx(d, [
        ("h", "Rowan House - follow-up clinic letter"),
        "Dear Dr <<Grainne Mac Aodha>>,",
        "Re: <<Freya Lindqvist>>, born [[date_of_birth:4th April 1978=>1978-04-04]], NHS [[nhs_number:9993216542]], "
        "12 Headingley Mount, Leeds [[uk_postcode:LS6 3EL]]",
        "Ms <<Lindqvist>> self-referred to Rowan House on 2 November. She did not want a forensic examination.",
        ("comment", "((health:STI screen negative; she declined HIV PEPSE; she has complex PTSD)) and is under the {{Aire}} CMHT.", 0),
        "((sex_life_orientation:She describes herself as bisexual)) and asked that this is not shared with her family GP practice staff beyond you.",
        "She has an ISVA, <<Chanel Oduya>>, and may decide later whether to report to the police.",
        "Yours sincerely,",
        "Dr <<Sunita Ramaswamy>>, Forensic Physician",
    ], header=["Rowan House SARC - CONFIDENTIAL - not for the shared record"],
        footer=["Rowan House, Riverside Hospital site, Leeds [[uk_postcode:LS9 7TF]] - [[phone:0113 496 0999]]"],
        comments=[(0, "<<Sunita Ramaswamy>>", "SR", "Consent to send this letter confirmed by <<Freya>> on 02/11.")],
        author="<<Sunita Ramaswamy>>")


@doc("sarc-booking.md")
def _(d):
    return text(d, """# Rowan House - forensic suite bookings, week 45

| Slot | Client | Referrer | Examiner | Notes |
|---|---|---|---|---|
| Mon 09:00 | <<J. Ferreira-Nunes>> (aged 16) | CSC duty | Dr <<Ramaswamy>> | Paediatric SARC joint exam |
| Tue 14:00 | <<Olumide Adebanjo>> | Police - DC <<L. Armitage>> | Dr <<Tobias Winterbourne>> | ((criminal_offence:Male victim, reported assault by penetration)) |
| Thu 11:00 | Non-recent, self-referral | Self | Dr <<Ramaswamy>> | Counselling only |

Room: {{Nightingale}} suite (the old {{Cavell}} ward).
Bookings: [[email:bookings@rowanhouse.example.nhs.uk]] or [[phone:0113 496 0998]].
""")


@doc("sarc-police-liaison.eml")
def _(d):
    body = ("Hi <<Maeve>>,\n\nThanks for Saturday night. For the file: the suspect in Op. Harbour, <<Connor Whitlock>> "
            "(DOB [[date_of_birth:2/2/1998=>1998-02-02]]), ((criminal_offence:has been charged with rape and remanded)).\n"
            "Could the examiner's statement be ready by 13 November? The CPS lawyer is <<Beatrix Holloway-Nash>>.\n\n"
            "Kind regards,\nDC <<Lewis Armitage>> 2231\nRape and Serious Sexual Offences team\n[[phone:0113 496 0271]]\n")
    html = ("<p>Hi <<Maeve>>,</p><p>Thanks for Saturday night. For the file: the suspect in Op. Harbour, <<Connor Whitlock>> "
            "(DOB [[date_of_birth:2/2/1998=>1998-02-02]]), has been charged with rape and remanded.</p>"
            "<p>Kind regards,<br>DC <<Lewis Armitage>></p>")
    return eml(d, [("From", "<<Lewis Armitage>> <[[email:lewis.armitage@police.example.uk]]>"),
                   ("To", "<<Maeve Kilbride>> <[[email:maeve.kilbride@rowanhouse.example.nhs.uk]]>"),
                   ("Cc", "<<Sunita Ramaswamy>> <[[email:sunita.ramaswamy@rowanhouse.example.nhs.uk]]>"),
                   ("Subject", "Op. Harbour - update"), ("Date", "Tue, 03 Nov 2026 17:10:00 +0000")],
               body, html, msgid="la.harbour.1103@police.example.uk", boundary="sarc16pol")


@doc("sarc-self-referral.json")
def _(d):
    return jsonish(d, {
        "form": "rowan-self-referral-v3",
        "submittedAt": "2026-11-02T22:41:09Z",
        "clientIp": "[[ip_address:203.0.113.240]]",
        "answers": {
            "preferredName": "<<Bex>>",
            "legalName": {"given": "<<Rebecca>>", "family": "<<Agyeman-Price>>"},
            "dateOfBirth": "[[date_of_birth:21/06/2003=>2003-06-21]]",
            "safeContact": {"phone": "[[phone:07700900618]]", "ok_to_leave_voicemail": False},
            "email": "[[email:bex.ap03@example.com]]",
            "whatHappened": "((criminal_offence:I was sexually assaulted at a party in September by someone I met there))",
            "health": "((health:I am on antidepressants (sertraline) and I'm worried about pregnancy))",
            "interpreter": "none",
        },
    })


@doc("sarc-counselling-waitlist.odt")
def _(d):
    return odt(d, [
        "Rowan House - counselling waiting list (ISVA view)",
        ("t", [["Client", "Added", "Counsellor", "Notes"],
               ["<<Freya Lindqvist>>", "02/11/2026", "<<Morwenna Trebilcock>>", "((health:Complex PTSD)); evenings only"],
               ["<<Idris Bashir>>", "02/11/2026", "<<Anil Gopalakrishnan>>", "Wants male counsellor"],
               ["<<Rebecca Agyeman-Price>>", "03/11/2026", "unallocated", "Text first: [[phone:07700 900 618]]"]]),
        "Waiting time is currently 9 weeks. Clients in crisis are referred to the {{Samaritans}} and their GP.",
    ], creator="Chanel Oduya")


@doc("training-sarc-trauma-informed.rtf")
def _(d):
    return rtf(d, [
        "Rowan House SARC - induction: trauma-informed practice",
        "Believe first. A person who tells us about rape or sexual assault is not asked to prove it.",
        "Choice and control: every step of a forensic examination is explained and can be stopped.",
        "Records: the forensic record holds health, sexual history and offence information. Only the parts the police need "
        "are written into the examiner's statement, with the client's consent.",
        "Male survivors, LGBT+ survivors and survivors from minority ethnic and faith communities often fear not being believed: "
        "offer a choice of worker.",
        "Self-referral is anonymous if the client wishes: samples can be stored for up to seven years before a decision to report.",
        "Team contacts: [[phone:0113 496 0998]] (bookings), [[email:isva@rowanhouse.example.nhs.uk]].",
    ])
