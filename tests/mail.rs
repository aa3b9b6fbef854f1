//! Mail exports and archives (`fixtures/mail`): MIME-decoded messages,
//! attachments and archive members found at their member chains, mailbox
//! messages located and dated one by one, Outlook msg files read.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use common::{dpscan, fixtures, of_type, records, retention_with, scan};
use serde_json::{json, Value};

/// (file, location without line, kind, value)
type Item = (String, String, String, String);

fn jsonl(name: &str) -> Vec<Value> {
    let text = fs::read_to_string(fixtures().join("mail").join(name)).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn file_name(v: &Value, root: &Path) -> String {
    let prefix = format!("{}/", root.display());
    v["path"].as_str().unwrap().strip_prefix(&prefix).unwrap().to_string()
}

/// A location as compared: every key but the line.
fn place(location: &Value) -> String {
    let mut location = location.clone();
    location.as_object_mut().unwrap().remove("line");
    location.to_string()
}

fn scan_mail() -> (Vec<Value>, std::path::PathBuf) {
    let dir = fixtures().join("mail");
    (scan(&[dir.to_str().unwrap(), "--reveal", "--exclude", "*.py", "--exclude", "*.jsonl"]), dir)
}

#[test]
fn every_planted_item_is_found_in_its_message_attachment_or_member() {
    let (records, dir) = scan_mail();
    let structured = |kind: &str| kind != "person_name" && kind != "special_category";
    let want: BTreeSet<Item> = jsonl("expected.jsonl")
        .iter()
        .map(|v| {
            let text = |k: &str| v[k].as_str().unwrap().to_string();
            (text("path"), place(&v["location"]), text("kind"), text("value"))
        })
        .collect();
    let got: BTreeSet<Item> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| structured(f["kind"].as_str().unwrap()))
        .map(|f| {
            let text = |k: &str| f[k].as_str().unwrap().to_string();
            (file_name(f, &dir), place(&f["location"]), text("kind"), text("value"))
        })
        .collect();
    let missing: Vec<_> = want.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want).collect();
    assert!(missing.is_empty() && extra.is_empty(), "missing {missing:#?}\nextra {extra:#?}");
    // The must-haves, spelt out: a NINO only in a base64 docx attachment, a
    // NINO in a spreadsheet two zips deep, a phone in an RFC 2047 subject.
    assert!(want.contains(&(
        "with-attachment.eml".into(),
        json!({"member": "offer-Zoë.docx"}).to_string(),
        "uk_nino".into(),
        "QQ123456C".into()
    )));
    assert!(want
        .iter()
        .any(|i| i.0 == "nested.zip" && i.1.contains("inner.zip!payroll/2019.xlsx") && i.2 == "uk_nino"));
    assert!(want.iter().any(|i| i.0 == "encoded-header.eml" && i.2 == "phone"));
}

#[test]
fn unreadable_members_are_problems_on_the_file_record() {
    let (records, dir) = scan_mail();
    let files = of_type(&records, "file");
    for v in jsonl("unreadable.jsonl") {
        let file = files.iter().find(|f| file_name(f, &dir) == v["path"]).unwrap();
        assert_eq!(file["status"], "scanned", "the rest of {} is read", v["path"]);
        let problems = file["problems"].as_array().unwrap();
        assert!(
            problems.iter().any(|p| p["location"]["member"] == v["member"]
                && p["error"].as_str().unwrap().starts_with(v["reason"].as_str().unwrap())),
            "{problems:?}"
        );
    }
    // A member named ../../evil.txt is a label, never a path: nothing was
    // written next to the fixtures.
    assert!(!dir.join("../../evil.txt").exists() && !dir.parent().unwrap().join("evil.txt").exists());
    let formats: BTreeSet<(String, String)> =
        files.iter().map(|f| (file_name(f, &dir), f["format"].as_str().unwrap_or("").to_string())).collect();
    for (name, format) in [
        ("archive.mbox", "mbox"),
        ("message.msg", "msg"),
        ("nested.zip", "zip"),
        ("archive.tar.gz", "gzip"),
        ("html-only.eml", "eml"),
        ("empty.pst", "pst"),
    ] {
        assert!(formats.contains(&(name.to_string(), format.to_string())), "{name}: {formats:?}");
    }
}

#[test]
fn mailbox_messages_are_dated_one_by_one() {
    let policy = "[default]\nkeep = \"1 years\"\nbasis = \"content\"\naction = \"delete\"\n";
    // Revealed: a message id that looks like an address is masked as one.
    let records = retention_with(policy, &fixtures().join("mail/archive.mbox"), &["--reveal"]);
    let got: BTreeSet<(String, String)> = of_type(&records, "message")
        .into_iter()
        .map(|m| (m["location"]["message"].as_str().unwrap().into(), m["date"].as_str().unwrap().into()))
        .collect();
    let want: BTreeSet<(String, String)> = jsonl("messages.jsonl")
        .into_iter()
        .map(|m| (m["message"].as_str().unwrap().into(), m["date"].as_str().unwrap().into()))
        .collect();
    assert_eq!(want.len(), 50);
    assert_eq!(got, want);
}

/// A mailbox is many documents: a given name alone is a later mention of a
/// person named earlier in its own conversation (a reply, by `In-Reply-To`
/// or `References`), not of one named in an unrelated message.
#[test]
fn a_mailbox_carries_names_within_a_thread_only() {
    let dir = tempfile::tempdir().unwrap();
    let mbox = dir.path().join("team.mbox");
    let message = |id: &str, replies_to: Option<&str>, body: &str| {
        let thread = replies_to.map_or(String::new(), |r| format!("In-Reply-To: <{r}>\nReferences: <{r}>\n"));
        format!(
            "From office@example.com Mon Jan  1 09:00:00 2024\nFrom: office@example.com\nMessage-ID: <{id}>\n\
             {thread}Subject: Rota\n\n{body}\n\n"
        )
    };
    let text = [
        message("m1@example.com", None, "Referral for Jane Smith, see the notes."),
        message("m2@example.com", None, "Please ask Jane about the rota."),
        message("m3@example.com", Some("m1@example.com"), "Please ask Jane about the notes."),
    ]
    .concat();
    fs::write(&mbox, text).unwrap();
    let records = scan(&[mbox.to_str().unwrap(), "--reveal"]);
    let names: BTreeSet<(String, String)> = of_type(&records, "finding")
        .into_iter()
        .filter(|f| f["kind"] == "person_name")
        .map(|f| (f["location"]["message"].as_str().unwrap().into(), f["value"].as_str().unwrap().into()))
        .collect();
    let want = [("m1@example.com", "Jane Smith"), ("m3@example.com", "Jane")];
    assert_eq!(names, want.map(|(m, n)| (m.to_string(), n.to_string())).into_iter().collect());
}

/// The real Outlook files of `../shared/samples` (never copied into the
/// repository): checked when present, skipped with a message when not.
#[test]
fn real_outlook_msg_files_are_read() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples");
    if !samples.join("plain_unsent.msg").exists() {
        eprintln!("skipped: {} is absent", samples.display());
        return;
    }
    let text = |name: &str| {
        let out = dpscan().arg("extract").arg(samples.join(name)).output().unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let plain = text("plain_unsent.msg");
    assert!(plain.contains("Recipient: Someone Else <someone@somewhere.com>"), "{plain}");
    assert!(
        plain.contains("Subject: Test for MSGConvert -- plain text") && plain.contains("The body is in plain text")
    );
    assert_eq!(
        text("plain_uc_unsent.msg").lines().skip(1).collect::<Vec<_>>(),
        plain.lines().skip(1).collect::<Vec<_>>()
    );
    let attached = text("plain_jpeg_attached.msg");
    assert!(attached.contains("From: Matijs van Zuijlen <Matijs.van.Zuijlen@xs4all.nl>"), "{attached}");
    // The attached picture is a member, read by OCR (it holds no text)...
    assert!(!attached.contains("not read"), "{attached}");
    // ...or said to be unread without it.
    let out =
        dpscan().args(["extract", "--ocr", "never"]).arg(samples.join("plain_jpeg_attached.msg")).output().unwrap();
    let unread = String::from_utf8(out.stdout).unwrap();
    assert!(
        unread.contains("not read: test.jpg needs OCR: an image; OCR is off (--ocr never)"),
        "the attachment is a member: {unread}"
    );
    assert!(text("charset.msg").contains("This email contains an email… Email-ception"));
}

#[test]
fn outlook_pst_stores_are_read_message_by_message() {
    // The committed store is a real, empty one: it opens, and holds nothing.
    let (scanned, dir) = scan_mail();
    let empty = of_type(&scanned, "file").into_iter().find(|f| file_name(f, &dir) == "empty.pst").unwrap();
    assert_eq!((&empty["status"], &empty["findings"]), (&json!("scanned"), &json!(0)));

    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/samples/outlook.pst");
    if !sample.exists() {
        eprintln!("skipped: {} is absent", sample.display());
        return;
    }
    let out = dpscan()
        .args(["retention", sample.to_str().unwrap(), "--all", "--format", "jsonl", "--as-of", "2026-01-01"])
        .output()
        .unwrap();
    let records = records(&out.stdout);
    let messages: Vec<(String, String)> = of_type(&records, "message")
        .into_iter()
        .map(|m| (m["location"]["message"].as_str().unwrap().into(), m["date"].as_str().unwrap().into()))
        .collect();
    assert_eq!(
        messages,
        [
            ("/Inbox/2097188".to_string(), "2007-04-29T22:27:33Z".to_string()),
            ("/Recovered_Group2/2097220".into(), "2007-04-29T22:27:33Z".into())
        ]
    );
    let text = String::from_utf8(dpscan().arg("extract").arg(&sample).output().unwrap().stdout).unwrap();
    assert!(text.contains("From: Outlook 2003 Team <olteam@microsoft.com>"), "{text}");
    assert!(text.contains("Subject: Welcome to Microsoft Office Outlook 2003"));
    // The welcome message's pictures are attachments, read as members (by
    // OCR; without it, said to be unread).
    assert!(!text.contains("not read"), "{text}");
    let out = dpscan().args(["extract", "--ocr", "never"]).arg(&sample).output().unwrap();
    let unread = String::from_utf8(out.stdout).unwrap();
    assert!(unread.contains("## not read: 1.jpg message /Inbox/2097188 needs OCR: an image; OCR is off"), "{unread}");
}

#[test]
fn encoded_header_words_and_html_bodies_are_decoded() {
    let extract = |name: &str| {
        let out = dpscan().arg("extract").arg(fixtures().join("mail").join(name)).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let headers = extract("encoded-header.eml");
    assert!(headers.contains("From: Zoë Example <zoe.example@example.com>"), "RFC 2047 B-encoded name: {headers}");
    assert!(headers.contains("Subject: Please call Zoë on 07700 900456 before Friday"), "Q-encoded subject: {headers}");
    let html = extract("html-only.eml");
    assert!(html.contains("r.placeholder@example.net"), "&#64; decoded in an HTML-only body: {html}");
    assert!(!html.contains("<style") && !html.contains("QQ"), "styles and comments dropped: {html}");
}

#[test]
fn bodies_in_east_asian_charsets_are_decoded() {
    let dir = tempfile::tempdir().unwrap();
    for (charset, encoding, text) in [
        ("Shift_JIS", encoding_rs::SHIFT_JIS, "担当者: 山田太郎 (人事部)"),
        ("EUC-KR", encoding_rs::EUC_KR, "담당자: 김민준 (인사팀)"),
        ("GB2312", encoding_rs::GBK, "联系人: 王小明 (人事部)"),
        ("ISO-2022-JP", encoding_rs::ISO_2022_JP, "担当者: 佐藤花子 (総務部)"),
    ] {
        let mut eml = format!(
            "From: hr@example.com\r\nTo: staff@example.com\r\nSubject: contact\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        )
        .into_bytes();
        eml.extend_from_slice(&encoding.encode(text).0);
        eml.extend_from_slice(b"\r\nReply to contact.person@example.com\r\n");
        let file = dir.path().join(format!("{charset}.eml"));
        fs::write(&file, eml).unwrap();
        let out = dpscan().arg("extract").arg(&file).output().unwrap();
        let shown = String::from_utf8(out.stdout).unwrap();
        assert!(shown.contains(text) && shown.contains("contact.person@example.com"), "{charset}: {shown}");
    }
}

/// An Outlook message of 8-bit strings in code page `codepage`: subject
/// and plain body, and the code page property.
fn msg_in_codepage(file: &Path, codepage: u32, subject: &[u8], body: &[u8]) {
    let mut msg = cfb::create(file).unwrap();
    let mut properties = vec![0u8; 32];
    properties.extend_from_slice(&((0x3FFDu32 << 16) | 0x0003).to_le_bytes());
    properties.extend_from_slice(&[0; 4]);
    properties.extend_from_slice(&u64::from(codepage).to_le_bytes());
    for (name, bytes) in [
        ("__properties_version1.0", &properties[..]),
        ("__substg1.0_0037001E", subject),
        ("__substg1.0_1000001E", body),
    ] {
        std::io::Write::write_all(&mut msg.create_stream(name).unwrap(), bytes).unwrap();
    }
    msg.flush().unwrap();
}

#[test]
fn msg_strings_are_read_in_the_message_code_page() {
    let dir = tempfile::tempdir().unwrap();
    let (subject, body) = ("Справка для Иванова", "Сотрудник: Иван Петров, телефон 07700 900123");
    let file = dir.path().join("cyrillic.msg");
    msg_in_codepage(
        &file,
        1251,
        &encoding_rs::WINDOWS_1251.encode(subject).0,
        &encoding_rs::WINDOWS_1251.encode(body).0,
    );
    let out = dpscan().arg("extract").arg(&file).output().unwrap();
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.contains(subject) && shown.contains(body), "{shown}");
}
