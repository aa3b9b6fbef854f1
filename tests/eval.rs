//! Precision, recall and F1 per kind on twenty-five labelled synthetic sets:
//!
//! - the **development** set (`tests/eval/docs`, see its README): plain-text
//!   HR documents labelled with person names and special categories, the
//!   set detection was tuned on; scanned by the engine directly;
//! - the **first held-out** set (`tests/eval/heldout`): another generator,
//!   seed and set of templates, in CSV, Word, Excel, mail and text, labelled
//!   with identifiers too; scanned end to end by the `dpscan` binary. Its
//!   misses were read and fixed by class, so it is a second development
//!   set now: its floors guard against regressions, not measure quality;
//! - the **second held-out** set (`tests/eval/heldout2`): school, GP and
//!   council housing records, written without reading the detectors, rules
//!   or the other sets' templates, scanned the same way. Blind until
//!   2026-12-03, when its misses were read and fixed by class: a third
//!   development set since, whose floors (its blind figures then) only rise.
//! - the **third held-out** set `tests/eval/heldout3` (care home, solicitors
//!   and advice charity, dental and physiotherapy practice, university
//!   student support), written the same way; blind until 2026-12-04, when
//!   its misses were read and fixed by class: a fourth development set
//!   since, whose floors only rise;
//! - the **fourth held-out** set `tests/eval/heldout4` (housing
//!   association, recruitment agency, pharmacy and optician, nursery and
//!   youth football club, faith-run food bank), written the same way; blind
//!   until 2026-12-04, when its misses were read and fixed by class (tuned
//!   on from 2026-12-04): a fifth development set since, whose floors only
//!   rise;
//! - the **fifth held-out** set `tests/eval/heldout5` (MP's constituency
//!   office, trade union branch, leisure centre, counselling service and
//!   hospice, payroll bureau), written the same way; blind until
//!   2026-12-04, when its misses were read and fixed by class (tuned on
//!   from 2026-12-04, round 5): a sixth development set since, whose floors
//!   only rise;
//! - the **sixth held-out** set `tests/eval/heldout6` (letting agency, taxi
//!   licensing, occupational health, newsroom, sexual health and fertility
//!   clinic), written the same way; blind until 2026-12-04, when its misses
//!   were read and fixed by class (tuned on from 2026-12-04, round 6): a
//!   seventh development set since, whose floors only rise;
//! - the **seventh held-out** set `tests/eval/heldout7` (youth offending
//!   team and probation, refugee and asylum support, genetics service and
//!   biobank, local party and campaign group, access and catering
//!   biometrics, LGBT+ centre and helpline), written the same way; blind
//!   until 2026-12-04, when its misses were read and fixed by class (tuned
//!   on from 2026-12-04, round 7): an eighth development set since, whose
//!   floors only rise;
//! - the **eighth held-out** set `tests/eval/heldout8` (hospital ward and
//!   mental health liaison, prison chaplaincy and education, police
//!   federation branch, fostering and adoption, DNA paternity and ancestry
//!   testing, parish office and mosque committee), written the same way;
//!   blind until 2026-12-04, when its misses were read and fixed by class
//!   (tuned on from 2026-12-04, round 8): a ninth development set since,
//!   whose floors only rise;
//! - the **ninth held-out** set `tests/eval/heldout9` (domestic abuse
//!   refuge, drug and alcohol service, DBS umbrella desk, travel special
//!   assistance, veterinary practice, dating agency, Gypsy, Roma and
//!   Traveller liaison, students' union), written the same way; blind
//!   until 2026-12-04, tuned on from then (round 8) as heldout8 is;
//! - the **tenth held-out** set `tests/eval/heldout10` (motor and
//!   income-protection insurance claims, domiciliary care agency, funeral
//!   director and coroner's liaison, hate crime reporting centre,
//!   manufacturer's HR with staff networks and union check-off, clinical
//!   trials unit, council electoral services and members' interests, sports
//!   club anti-doping and safeguarding), written the same way; blind until
//!   2026-12-04, tuned on from round 10 (its misses read) as heldout9 is;
//! - the **eleventh held-out** set `tests/eval/heldout11` (deaf services
//!   and BSL charity, court and tribunal interpreter agency, immigration and
//!   asylum advice service, blood, stem cell and organ donation service,
//!   ambulance service patient records and complaints, sixth-form college
//!   admissions and bursaries, social landlord's anti-social behaviour team,
//!   research ethics committee's participant files), written the same way;
//!   blind until 2026-12-04, when its misses were read and its categories
//!   and identifiers fixed by class (tuned on from 2026-12-04, round 10):
//!   a development set since, whose floors only rise;
//! - the **twelfth held-out** set `tests/eval/heldout12` (armed forces
//!   veterans' charity, credit union, register office, council SEND team,
//!   homelessness outreach team, bereavement and cemetery service, court
//!   witness service, airline crew rostering and aviation medicals),
//!   written the same way and blind until round 11 (2026-12-05), when its
//!   misses were read and its names, categories and identifiers fixed by class: a
//!   development set since, whose floors only rise;
//! - the **thirteenth held-out** set `tests/eval/heldout13` (prison
//!   healthcare unit, council adult social care safeguarding team, gym and
//!   personal training studio, church school admissions panel, rail
//!   operator's drug and alcohol testing, private hearing and audiology
//!   clinic, magistrates' court legal adviser's office, trade association's
//!   member disciplinary panel), written the same way and blind until
//!   round 12 (2026-12-05), when its misses were read and fixed by class: a
//!   development set since, whose floors only rise.
//! - the **fourteenth held-out** set `tests/eval/heldout14` (council Blue
//!   Badge assessment team, NHS speech and language therapy, council
//!   leaving-care team, dementia day centre, NHS 111 and GP out-of-hours,
//!   nursing regulator's fitness-to-practise panel, theatre company's casting
//!   and diversity monitoring, council housing benefit and council tax
//!   reduction team), written the same way and blind until round 13
//!   (2026-12-05), when its misses were read and fixed by recurring class: a
//!   development set since, whose floors only rise;
//! - the **fifteenth held-out** set `tests/eval/heldout15` (NHS diabetes and
//!   endocrinology clinic, council school exclusions and alternative
//!   provision team, prison visits booking unit, university disability and
//!   dyslexia support, political party candidate selection office,
//!   community mental health crisis team, private cosmetic surgery clinic,
//!   council pest control and environmental health enforcement), written the
//!   same way and blind until round 14 (2026-12-05), when its misses were
//!   read: a development set since, whose floors only rise;
//! - the **sixteenth held-out** set `tests/eval/heldout16` (council
//!   children's social care child-protection conference unit, NHS maternity
//!   unit, gurdwara, synagogue and church community welfare fund, trade
//!   union legal assistance and personal-injury desk, private detective and
//!   tracing agency, council personal licensing team, hospital sexual
//!   assault referral centre, employer's whistleblowing and grievance
//!   investigation unit), written the same way and blind until round 15
//!   (2026-12-05), when its misses were read and its name and category
//!   errors fixed by class: a development set since, whose floors only rise;
//! - the **seventeenth held-out** set `tests/eval/heldout17` (council Prevent
//!   and Channel panel, bus and coach operator's driver medicals and DVLA
//!   notifications, tattoo and piercing studio, HIV peer-support charity,
//!   university research participant pool, school nursing and immunisation
//!   team, bank's vulnerable-customers team, trade union's political fund
//!   and equality office), written the same way and blind until round 16
//!   (2026-12-05; first measured on `f5f8eaa`: names 0.952, special
//!   categories 0.903, identifiers 0.995), when its name errors were read
//!   and fixed by recurring class: a development set for names since.
//!
//! - the **eighteenth held-out** set `tests/eval/heldout18` (crown court jury
//!   summons and excusals office, employer's pension scheme ill-health
//!   retirement panel, campaign group's supporter CRM, petitions and protest
//!   stewards, sports governing body's safeguarding and eligibility unit,
//!   university multi-faith chaplaincy and synagogue burial society, boarding
//!   school health centre, NHS learning-disability register and annual health
//!   checks, armed forces reserves unit's HR and medical downgrading), written
//!   the same way and blind until session 21 (2026-12-05; first measured on
//!   `12e9f54`: names 0.955, special categories 0.877, identifiers 0.996),
//!   when its category errors were read: a development set for categories
//!   since, and for names since session 22 (its name errors read and fixed
//!   by recurring class: names 0.955 -> 0.986).
//! - the **nineteenth held-out** set `tests/eval/heldout19` (employment
//!   tribunal claims office, pregnancy advisory service, NHS sickle cell and
//!   thalassaemia service, residents' action group and environmental
//!   campaign arrestee-support line, police custody suite healthcare team,
//!   humanist celebrants and a gurdwara's langar and marriage register,
//!   university fitness-to-study panel, housing co-operative allocations with
//!   medical priority), written the same way and blind until session 22
//!   (2026-12-05; first measured on `f9df663`: names 0.918, special
//!   categories 0.886, identifiers 0.997), when heldout20 was measured and
//!   its errors were read: a development set since, whose floors only rise.
//! - the **twentieth held-out** set `tests/eval/heldout20` (a football
//!   club's stadium safety office, an NHS renal dialysis and transplant unit,
//!   a Mental Health Tribunal office, a Hajj and Umrah travel agency, a young
//!   carers' project, a probation approved premises, a local party's ward
//!   campaign, a supermarket distribution centre's HR), written the same way
//!   and blind until session 23 (first measured on `ae25a93`: names 0.966,
//!   special categories 0.854, identifiers 1.000), when heldout21 was
//!   measured and its errors were read: a development set since.
//! - the **twenty-first held-out** set `tests/eval/heldout21` (a fire and
//!   rescue service's community safety and occupational health, a
//!   recruitment agency, an NHS gender identity clinic, a council register
//!   office, a debt advice charity, a scout group and an army cadet
//!   detachment, a bookmaker chain's safer gambling and security team, a
//!   crematorium and bereavement services office), written the same way and
//!   blind (first measured on `5b540fb`: names 0.965, special categories
//!   0.946, identifiers 0.997).
//! - the **twenty-second held-out** set `tests/eval/heldout22` (an energy
//!   and water supplier's Priority Services Register and vulnerable-customer
//!   team, a driving school and its instructors, a nightclub group's door
//!   security, a family mediation service, an NHS wheelchair and assistive
//!   technology service, a mortgage and protection broker, a council
//!   home-to-school transport team, a private medical cannabis and pain
//!   clinic), written the same way and blind until session 25 (first
//!   measured on `b4445ae`: names 0.964, special categories 0.938,
//!   identifiers 0.987), when heldout23 was measured and its errors were
//!   read: a development set since.
//! - the **twenty-third held-out** set `tests/eval/heldout23` (a private
//!   fertility clinic, a coroner's office, a social and political research
//!   agency, a charity's legacy and major-donor team, an accountancy
//!   practice and payroll bureau, a Court of Protection deputyship team, an
//!   opticians chain and diabetic eye screening programme, a council's
//!   library and home library service), written the same way and blind
//!   until session 26 (first measured on `6e8b90b`: names 0.942, special
//!   categories 0.857, identifiers 0.979), when heldout24 was measured and
//!   its errors were read: a development set since.
//! - the **twenty-fourth held-out** set `tests/eval/heldout24` (an adoption
//!   agency, a probation service's unpaid work (Community Payback) unit, an
//!   eating disorders charity, an airport's ID pass and security vetting
//!   office, an NHS podiatry service, a community transport dial-a-ride
//!   scheme, a travel health and vaccination clinic, a supported employment
//!   agency), written the same way and blind until session 27 (first
//!   measured on `a817d4b`: names 0.952, special categories 0.934,
//!   identifiers 0.978), when its errors were read: a development set since.
//! - the **twenty-fifth held-out** set `tests/eval/heldout25` (an NHS sleep
//!   clinic, a council's Disabled Facilities Grant and home adaptations
//!   team, a university admissions and widening participation office, a
//!   social housing repairs contractor, a GP-attached social prescribing
//!   service, a car dealership's sales and finance desk, an organ donation
//!   and transplant coordination team, a riding for the disabled group),
//!   written the same way and blind (first measured on `b3392be`: names
//!   0.965, special categories 0.925, identifiers 0.991).
//!
//! `cargo test --test eval -- --nocapture` prints the twenty-six tables;
//! `DPSCAN_EVAL_VERBOSE=1` adds every miss and extra.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::Command;

use dpscan::detect::{Engine, EngineOptions, Kind};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, want: &BTreeSet<String>, got: &BTreeSet<String>) {
        self.tp += want.intersection(got).count();
        self.fp += got.difference(want).count();
        self.fn_ += want.difference(got).count();
    }

    fn plus(self, other: Counts) -> Counts {
        Counts { tp: self.tp + other.tp, fp: self.fp + other.fp, fn_: self.fn_ + other.fn_ }
    }

    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }

    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// What one document holds, as labelled or as found: each kind's set of
/// values (for names the name as written, for special categories the
/// category).
type Found = BTreeMap<String, BTreeSet<String>>;

const NAME: &str = "person_name";
const CATEGORY: &str = "special_category";

/// The counts of one set, per kind, and the special-category findings on
/// its policy and guidance texts (which are about no one).
#[derive(Default)]
struct Evaluation {
    by_kind: BTreeMap<String, Counts>,
    by_category: BTreeMap<String, Counts>,
    special_on_negatives: usize,
    docs: usize,
    misses: Vec<String>,
}

impl Evaluation {
    fn add(&mut self, doc: &str, want: &Found, got: &Found, negative: bool) {
        self.docs += 1;
        let empty = BTreeSet::new();
        let kinds: BTreeSet<&String> = want.keys().chain(got.keys()).collect();
        for kind in kinds {
            let (w, g) = (want.get(kind).unwrap_or(&empty), got.get(kind).unwrap_or(&empty));
            let mut counts = Counts::default();
            counts.add(w, g);
            for v in w.difference(g) {
                self.misses.push(format!("{doc}: missed {kind} {v:?}"));
            }
            for v in g.difference(w) {
                self.misses.push(format!("{doc}: extra {kind} {v:?}"));
            }
            if kind == CATEGORY {
                for category in w.union(g) {
                    let one = |s: &BTreeSet<String>| s.iter().filter(|c| *c == category).cloned().collect();
                    self.by_category.entry(category.clone()).or_default().add(&one(w), &one(g));
                }
            }
            let entry = self.by_kind.entry(kind.clone()).or_default();
            *entry = entry.plus(counts);
        }
        if negative {
            self.special_on_negatives += got.get(CATEGORY).map_or(0, BTreeSet::len);
        }
    }

    /// Micro-averaged counts over the structured identifiers.
    fn identifiers(&self) -> Counts {
        self.by_kind
            .iter()
            .filter(|(k, _)| *k != NAME && *k != CATEGORY)
            .fold(Counts::default(), |sum, (_, c)| sum.plus(*c))
    }

    fn print(&self, title: &str) {
        eprintln!("{title}: {} documents", self.docs);
        for (kind, counts) in &self.by_kind {
            eprintln!("{}", row(kind, counts));
            if kind == CATEGORY {
                for (category, counts) in &self.by_category {
                    eprintln!("{}", row(&format!("  {category}"), counts));
                }
            }
        }
        let ids = self.identifiers();
        if ids.tp + ids.fp + ids.fn_ > 0 {
            eprintln!("{}", row("identifiers (micro)", &ids));
        }
        eprintln!("special-category findings on policy/guidance texts: {}", self.special_on_negatives);
        if std::env::var_os("DPSCAN_EVAL_VERBOSE").is_some() {
            eprintln!("{}", self.misses.join("\n"));
        }
    }
}

fn row(name: &str, c: &Counts) -> String {
    format!(
        "  {name:<24} P {:.3}  R {:.3}  F1 {:.3}  (tp {} fp {} fn {})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    )
}

fn strings(v: &Value) -> BTreeSet<String> {
    v.as_array().into_iter().flatten().filter_map(|s| s.as_str().map(str::to_string)).collect()
}

/// A label line's names and categories, and its identifiers (`[kind, value]` pairs).
fn labelled(label: &Value) -> Found {
    let mut want = Found::new();
    want.insert(NAME.into(), strings(&label["names"]));
    want.insert(CATEGORY.into(), strings(&label["categories"]));
    for pair in label["ids"].as_array().into_iter().flatten() {
        let (kind, value) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        want.entry(kind.into()).or_default().insert(value.into());
    }
    want
}

fn labels(dir: &Path) -> Vec<Value> {
    let text = fs::read_to_string(dir.join("labels.jsonl")).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn is_negative(doc: &str) -> bool {
    ["policy", "training"].iter().any(|p| doc.starts_with(p))
}

/// The development set, through the engine: names and categories only.
fn development() -> Evaluation {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval");
    let (names, special) = dpscan::rules::builtin_dictionaries();
    let engine = Engine::new(&dpscan::rules::builtin().unwrap(), EngineOptions::default())
        .unwrap()
        .with_dictionaries(names, special);
    let mut eval = Evaluation::default();
    for label in labels(&dir) {
        let doc = label["doc"].as_str().unwrap();
        let text = fs::read_to_string(dir.join("docs").join(doc)).unwrap();
        let mut got = Found::new();
        for m in engine.scan(text.as_bytes()) {
            match (m.kind, m.category) {
                (Kind::PersonName, _) => got.entry(NAME.into()).or_default().insert(m.value),
                (_, Some(category)) => got.entry(CATEGORY.into()).or_default().insert(category.as_str().into()),
                _ => continue,
            };
        }
        let want: Found = labelled(&label).into_iter().filter(|(k, _)| k == NAME || k == CATEGORY).collect();
        eval.add(doc, &want, &got, is_negative(doc));
    }
    eval
}

/// A held-out set (`tests/eval/` + `set`), through the binary: every kind, every format.
fn held_out(set: &str) -> Evaluation {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval").join(set);
    let output = Command::new(env!("CARGO_BIN_EXE_dpscan"))
        .args(["scan", "--format", "jsonl", "--reveal", "--no-progress"])
        .arg(dir.join("docs"))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut found: BTreeMap<String, Found> = BTreeMap::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let record: Value = serde_json::from_str(line).unwrap();
        if record["type"] != "finding" {
            continue;
        }
        // Members of a file (a Word part, a sheet) count for the file.
        let path = record["path"].as_str().unwrap();
        let doc = Path::new(path.split('!').next().unwrap()).file_name().unwrap().to_str().unwrap().to_string();
        let kind = record["kind"].as_str().unwrap();
        let value = match record["category"].as_str() {
            Some(category) => category,
            None => record["value"].as_str().unwrap(),
        };
        found.entry(doc).or_default().entry(kind.into()).or_default().insert(value.into());
    }
    let mut eval = Evaluation::default();
    for label in labels(&dir) {
        let doc = label["doc"].as_str().unwrap();
        eval.add(doc, &labelled(&label), found.get(doc).unwrap_or(&Found::new()), is_negative(doc));
    }
    eval
}

/// `kind`'s F1 at least `floor`.
fn holds(e: &Evaluation, kind: &str, floor: f64) {
    let f1 = e.by_kind.get(kind).copied().unwrap_or_default().f1();
    assert!(f1 >= floor, "{kind} F1 {f1:.3} below the {floor} floor");
}

/// A set's floors: names and special categories F1, identifiers micro-F1
/// where the set labels them; and its policy, guidance and training texts,
/// about no one, raise no special category.
fn holds_floors(e: &Evaluation, names: f64, categories: f64, identifiers: Option<f64>) {
    assert_eq!(e.special_on_negatives, 0, "policy, guidance and training texts name no one");
    holds(e, NAME, names);
    holds(e, CATEGORY, categories);
    if let Some(floor) = identifiers {
        let ids = e.identifiers().f1();
        assert!(ids >= floor, "identifiers micro-F1 {ids:.3} below the {floor} floor");
    }
}

#[test]
fn development_set_holds_its_floors() {
    let e = development();
    e.print("development set (tuned on)");
    holds_floors(&e, 0.95, 0.95, None);
}

/// Tuned on since it was written (its misses were read): a regression guard.
#[test]
fn first_held_out_set_holds_its_floors() {
    let e = held_out("heldout");
    e.print("first held-out set (its misses read: tuned on)");
    holds_floors(&e, 0.97, 0.95, Some(0.99));
}

/// Tuned on since 2026-12-03 (its misses were read): a regression guard,
/// at what detection holds on it (BENCHMARKS.md; categories 1.000 after
/// round 10).
#[test]
fn second_held_out_set_holds_its_floors() {
    let e = held_out("heldout2");
    e.print("second held-out set (its misses read since 2026-12-03: tuned on)");
    holds_floors(&e, 0.99, 0.99, Some(0.99));
}

/// Tuned on since 2026-12-04 (its misses were read): a regression guard,
/// at what detection holds on it (BENCHMARKS.md). Its policy and training
/// texts, about no one, raise no special category.
#[test]
fn third_held_out_set_holds_its_floors() {
    let e = held_out("heldout3");
    e.print("third held-out set (its misses read since 2026-12-04: tuned on)");
    holds_floors(&e, 0.99, 0.99, Some(0.99));
}

/// Tuned on since 2026-12-04 (its misses were read in issue 15's round 4):
/// a regression guard, at what detection holds on it (BENCHMARKS.md). Its
/// policy and training texts, about no one, raise no special category.
#[test]
fn fourth_held_out_set_holds_its_floors() {
    let e = held_out("heldout4");
    e.print("fourth held-out set heldout4 (its misses read since 2026-12-04: tuned on)");
    holds_floors(&e, 0.99, 0.99, Some(0.99));
}

/// The fifth set, `tests/eval/heldout5` (an MP's constituency office, a
/// trade union branch, a leisure centre and gym, a counselling service and
/// hospice, a payroll bureau), written blind on 2026-12-04; tuned on since
/// 2026-12-04 (its misses were read in issue 15's round 5): a regression
/// guard, at what detection holds on it (BENCHMARKS.md; blind, after round
/// 4: names 0.978, categories 0.786, identifiers 0.998; names 0.995 after
/// round 9). Its policy and training texts, about no one, raise no special
/// category.
#[test]
fn fifth_held_out_set_holds_its_floors() {
    let e = held_out("heldout5");
    e.print("fifth held-out set heldout5 (its misses read since 2026-12-04: tuned on)");
    holds_floors(&e, 0.99, 0.96, Some(0.99));
}

/// The sixth set, `tests/eval/heldout6` (a letting and estate agency, a
/// council's taxi and private-hire licensing team, an occupational health
/// provider, a local newspaper newsroom, a sexual health and fertility
/// clinic), written blind on 2026-12-04; tuned on since 2026-12-04 (its
/// misses were read in issue 15's round 6): a regression guard, at what
/// detection holds on it (BENCHMARKS.md; blind, after round 5: names
/// 0.979, categories 0.878, identifiers 0.996). Its policy and training
/// texts, about no one, raise no special category.
#[test]
fn sixth_held_out_set_holds_its_floors() {
    let e = held_out("heldout6");
    e.print("sixth held-out set heldout6 (its misses read since 2026-12-04: tuned on)");
    holds_floors(&e, 0.99, 0.98, Some(0.99));
}

/// The seventh set, `tests/eval/heldout7` (a youth offending team and
/// probation office, a refugee and asylum support charity, a clinical
/// genetics service and biobank study, a local party association and
/// campaign group, a building-access and school-catering biometrics
/// company, an LGBT+ centre and helpline), written blind on 2026-12-04;
/// tuned on since 2026-12-04 (its misses were read in issue 15's round 7):
/// a regression guard, at what detection holds on it (BENCHMARKS.md;
/// blind, after round 6: names 0.934, categories 0.827, identifiers
/// 0.994; names 0.991 after round 9; categories 0.967 and identifiers
/// 0.999 after round 10). Its policy and training texts, about no one,
/// raise no special category.
#[test]
fn seventh_held_out_set_holds_its_floors() {
    let e = held_out("heldout7");
    e.print("seventh held-out set heldout7 (its misses read since 2026-12-04: tuned on)");
    holds_floors(&e, 0.98, 0.96, Some(0.99));
}

/// The eighth set, `tests/eval/heldout8` (a hospital ward and its mental
/// health liaison team, a prison chaplaincy and education department, a
/// police federation branch, a fostering and adoption agency, a DNA
/// paternity and ancestry testing company, a parish office and a mosque
/// committee), written blind on 2026-12-04; tuned on since 2026-12-04 (its
/// misses were read in issue 15's round 8): a regression guard, at what
/// detection holds on it (BENCHMARKS.md; blind, on main at 9939606: names
/// 0.959, categories 0.824, identifiers 0.996; after round 8: 0.982, 0.881,
/// 1.000; names 1.000 after round 9). Its policy and training texts, about no one, raise no special
/// category.
#[test]
fn eighth_held_out_set_holds_its_floors() {
    let e = held_out("heldout8");
    e.print("eighth held-out set heldout8 (its misses read since 2026-12-04: tuned on)");
    holds_floors(&e, 0.99, 0.88, Some(0.99));
}

/// The ninth set, `tests/eval/heldout9` (a domestic abuse refuge and
/// outreach service, a drug and alcohol treatment service, a DBS umbrella
/// body's safer-recruitment desk, a travel agency and airline
/// special-assistance desk, a veterinary practice, a dating and
/// introductions agency, a Gypsy, Roma and Traveller liaison service, a
/// students' union), written blind on 2026-12-04; tuned on since
/// 2026-12-04 (its misses were read in issue 15's round 8): a regression
/// guard, at what detection holds on it (BENCHMARKS.md; blind, on main at
/// 9939606: names 0.930, categories 0.873, identifiers 0.983; after round
/// 8: 0.950, 0.917, 1.000; names 0.986 after round 9; categories 0.922
/// after round 10). Its policy and training texts, about no one, raise no
/// special category.
#[test]
fn ninth_held_out_set_holds_its_floors() {
    let e = held_out("heldout9");
    e.print("ninth held-out set heldout9 (its misses read since 2026-12-04: tuned on)");
    holds_floors(&e, 0.98, 0.92, Some(0.99));
}

/// The tenth set, `tests/eval/heldout10` (a motor and income-protection
/// insurance claims department, a domiciliary care agency, a funeral
/// director and coroner's liaison, a hate crime reporting centre, a
/// manufacturer's HR with staff networks and union check-off, a clinical
/// trials unit, a council's electoral services and members' register of
/// interests, a sports club with anti-doping and safeguarding), written
/// blind on 2026-12-04 and only measured: held at floors just below its
/// first figures (on main at 9939606: names 0.937, categories 0.962,
/// identifiers 0.992; two special categories raised on one policy text;
/// after round 8, tuned on heldout8 and heldout9: 0.937, 0.956, 0.992, the
/// same two). One class was then fixed from its policy text: "the Pride,
/// Faith & Belief network" read as a person "Pride, Faith" (0.939, 0.967,
/// 0.992; none on policy texts). After round 9 (names by general means,
/// tuned on the development sets only): 0.951, 0.972, 0.992; floors raised.
/// After round 10 (categories and identifiers, tuned on heldout11 and the
/// development sets): categories 0.989, identifiers 1.000. Its misses read
/// from round 10 (2026-12-04, night): a development set since, whose floors
/// only rise (names 0.973 after round 10, 0.971 after round 11).
#[test]
fn tenth_held_out_set_holds_its_floors() {
    let e = held_out("heldout10");
    e.print("tenth held-out set heldout10 (its misses read since round 10: tuned on)");
    holds_floors(&e, 0.97, 0.98, Some(0.99));
}

/// The eleventh set, `tests/eval/heldout11` (a deaf services and BSL
/// charity, a court and tribunal interpreter agency, an immigration and
/// asylum advice service, a blood, stem cell and organ donation service, an
/// ambulance service's patient records and complaints, a sixth-form
/// college's admissions and bursaries, a social landlord's anti-social
/// behaviour team, a research ethics committee's participant files), written
/// blind on 2026-12-04 (evening); blind, on main at bea9d36: names 0.924,
/// categories 0.917, identifiers 0.994, nothing raised on its policy and
/// training texts; after round 9 (names, tuned on the development sets
/// only): 0.947, 0.917, 0.994. Tuned on since 2026-12-04 (its misses were
/// read in issue 15's round 10, categories and identifiers): a regression
/// guard, at what detection holds on it (BENCHMARKS.md; after round 10:
/// categories 0.989, identifiers 1.000).
#[test]
fn eleventh_held_out_set_holds_its_floors() {
    let e = held_out("heldout11");
    e.print("eleventh held-out set heldout11 (its misses read since 2026-12-04: tuned on)");
    holds_floors(&e, 0.95, 0.98, Some(0.99));
}

/// The twelfth set, `tests/eval/heldout12` (an armed forces veterans'
/// charity, a credit union, a register office, a council SEND team, a
/// homelessness outreach team, a bereavement and cemetery service, a court
/// witness service, an airline's crew rostering and aviation medicals),
/// written blind on 2026-12-04 (night) and measured once on main at
/// `2a71774`: names 0.929, special categories 0.937, identifiers 0.978
/// (its README). Read as a development set from round 11 (2026-12-05):
/// its name, category and identifier errors fixed by class (names 0.959,
/// categories 0.978, identifiers 1.000), floors raised to just below; its policy and
/// training texts, about no one, raise no special category. Names 0.966
/// after round 15 (names floor 0.95 -> 0.96).
#[test]
fn twelfth_held_out_set_holds_its_floors() {
    let e = held_out("heldout12");
    e.print("twelfth held-out set heldout12 (its misses read since round 11: tuned on)");
    holds_floors(&e, 0.96, 0.97, Some(0.99));
}

/// The thirteenth set, `tests/eval/heldout13` (a prison healthcare unit, a
/// council adult social care safeguarding team, a gym and personal training
/// studio, a church school admissions panel, a rail operator's drug and
/// alcohol testing, a private hearing and audiology clinic, a magistrates'
/// court legal adviser's office, a trade association's member disciplinary
/// panel), written blind on 2026-12-05 and measured once on main at
/// `39a97a2`, before round 11 merged: names 0.966, special categories 0.919,
/// identifiers 0.961 (its README). Its one training text that raised a
/// category (a guidance table's sentence read as a "family" name field)
/// was read, and only it, until round 12 (2026-12-05) read it as a
/// development set: its errors fixed by class (names 0.974 -> 0.995,
/// categories 0.929 -> 0.968, identifiers 0.970 -> 1.000), floors raised to
/// just below; its policy and training texts, about no one, raise no
/// special category.
#[test]
fn thirteenth_held_out_set_holds_its_floors() {
    let e = held_out("heldout13");
    e.print("thirteenth held-out set heldout13 (its misses read since round 12: tuned on)");
    holds_floors(&e, 0.99, 0.96, Some(0.99));
}

/// The fourteenth set, `tests/eval/heldout14` (a council Blue Badge
/// assessment team, an NHS speech and language therapy service, a council
/// leaving-care team, a dementia day centre, NHS 111 and GP out-of-hours, a
/// nursing regulator's fitness-to-practise panel, a theatre company's casting
/// and diversity monitoring, a council housing benefit and council tax
/// reduction team), written blind on 2026-12-05 and measured once on main at
/// `c25053a`, before round 12 merged: names 0.954, special categories 0.906,
/// identifiers 1.000 (its README). Read as a development set from round 13
/// (2026-12-05): its errors fixed by recurring class (names 0.958 -> 0.964,
/// categories 0.906 -> 0.929; round 14's gene symbols 0.934), floors raised
/// to just below; its policy and training texts, about no one, raise no
/// special category.
#[test]
fn fourteenth_held_out_set_holds_its_floors() {
    let e = held_out("heldout14");
    e.print("fourteenth held-out set heldout14 (its misses read since round 13: tuned on)");
    holds_floors(&e, 0.96, 0.93, Some(0.99));
}

/// The fifteenth set, `tests/eval/heldout15` (an NHS diabetes and
/// endocrinology clinic, a council school exclusions and alternative
/// provision team, a prison visits booking unit, a university disability and
/// dyslexia support service, a political party's candidate selection office,
/// a community mental health crisis team, a private cosmetic surgery clinic,
/// a council pest control and environmental health enforcement team),
/// written blind on 2026-12-05 and measured once on main at `d9691aa`
/// (round 12 merged, its writer blind to it): names 0.928, special
/// categories 0.836, identifiers 0.994 (its README). Read as a development
/// set from round 14 (2026-12-05): its errors fixed by recurring class
/// (names 0.928 -> 0.953, categories 0.836 -> 0.932), the floors raised to
/// just below; its policy and training texts, about no one, raise no
/// special category.
#[test]
fn fifteenth_held_out_set_holds_its_floors() {
    let e = held_out("heldout15");
    e.print("fifteenth held-out set heldout15 (its misses read since round 14: tuned on)");
    holds_floors(&e, 0.95, 0.93, Some(0.99));
}

/// The sixteenth set, `tests/eval/heldout16` (a council children's social
/// care child-protection conference unit, an NHS maternity unit, a gurdwara,
/// synagogue and church community welfare fund, a trade union's legal
/// assistance and personal-injury desk, a private detective and tracing
/// agency, a council licensing team for personal licences, a hospital sexual
/// assault referral centre, an employer's whistleblowing and grievance
/// investigation unit), written blind on 2026-12-05 and measured once on
/// main at `9865469` (round 13 merged, its writer blind to it): names 0.922,
/// special categories 0.884, identifiers 0.998, and one special-category
/// finding on its policy and training texts, about no one (read and fixed
/// by class, union18). Its misses read in round 15 (2026-12-05): a
/// development set since, whose floors only rise (names 0.920 -> 0.954,
/// categories 0.889 -> 0.961, by recurring class; names 0.953 -> 0.966 in
/// round 16, its CSV's and mail's unquoted commas read), each floor just
/// below; the policy and training texts must raise none.
#[test]
fn sixteenth_held_out_set_holds_its_floors() {
    let e = held_out("heldout16");
    e.print("sixteenth held-out set heldout16 (its misses read since round 15: tuned on)");
    holds_floors(&e, 0.96, 0.95, Some(0.99));
}

/// The seventeenth set, `tests/eval/heldout17` (a council Prevent and Channel
/// panel, a bus and coach operator's driver medicals and DVLA notifications,
/// a tattoo and piercing studio, an HIV peer-support charity, a university
/// research participant pool, a school nursing and immunisation team, a
/// bank's vulnerable-customers team, a trade union's political fund and
/// equality office), written blind on 2026-12-05 and measured once on main
/// at `f5f8eaa` (round 14 merged, its writer blind to it): names 0.952,
/// special categories 0.903, identifiers 0.995, and no special-category
/// finding on its policy and training texts. Its names read in round 16
/// (2026-12-05): a development set for names since, whose floors only rise
/// (names 0.952 -> 0.980, by recurring class); its categories 0.903 ->
/// 0.933 after session 20's lexicons by breadth (whose writer read no set),
/// each floor just below; the policy and training texts, about no one, must
/// raise none.
#[test]
fn seventeenth_held_out_set_holds_its_floors() {
    let e = held_out("heldout17");
    e.print("seventeenth held-out set heldout17 (its names read since round 16: tuned on)");
    holds_floors(&e, 0.97, 0.92, Some(0.99));
}

/// The eighteenth set, `tests/eval/heldout18` (a crown court's jury summons
/// and excusals office, an employer's pension scheme ill-health retirement
/// panel, a campaign group's supporter CRM, petitions and protest stewards, a
/// sports governing body's safeguarding and eligibility unit, a university
/// multi-faith chaplaincy and a synagogue burial society, a boarding school
/// health centre, an NHS learning-disability register and annual health
/// checks, an armed forces reserves unit's HR and medical downgrading),
/// written blind on 2026-12-05 and measured once on `12e9f54`: names 0.955,
/// categories 0.877 (political opinion with no party named 0 of 7),
/// identifiers 0.996. Floors just below; the policy and training texts,
/// about no one, must raise no special category. Its categories read in
/// session 21: a development set for categories since, whose floors only
/// rise (categories 0.877 -> 0.945 by recurring class and political
/// stances, political opinion 0 -> 7 of 7). Its names read in session 22:
/// 0.955 -> 0.986 by recurring class (titles, lone names' cues, a date of
/// birth after a name).
#[test]
fn eighteenth_held_out_set_holds_its_floors() {
    let e = held_out("heldout18");
    e.print("eighteenth held-out set heldout18 (its categories read since session 21, its names since session 22: tuned on)");
    holds_floors(&e, 0.98, 0.94, Some(0.99));
}

/// The nineteenth set, `tests/eval/heldout19` (an employment tribunal claims
/// office, a pregnancy advisory service, an NHS sickle cell and thalassaemia
/// service, a residents' action group and an environmental campaign's
/// arrestee-support line, a police custody suite's healthcare team, humanist
/// celebrants and a gurdwara's langar and marriage register, a university
/// fitness-to-study panel, a housing co-operative's allocations with medical
/// priority), written blind on 2026-12-05 and measured once on `f9df663`
/// (session 20's code): names 0.918, categories 0.886 (political opinion
/// with no party named 0 of 6), identifiers 0.997, and two special-category
/// findings on a policy text whose author, "Aire Custody Health CIC", was
/// read as a person. Only that text's findings were read, and mended by
/// class (a legal form in capitals is a not-name word): names 0.921,
/// categories 0.894. After session 21's rounds (whose writers did not read
/// it): names 0.921, categories 0.911, identifiers 0.997. A development set
/// from session 22, when heldout20 was measured: its errors read and fixed
/// by recurring class (names 0.923 -> 0.941, categories 0.911 -> 0.931); its
/// floors only rise; the policy and training texts, about no one, must raise
/// no special category.
#[test]
fn nineteenth_held_out_set_holds_its_floors() {
    let e = held_out("heldout19");
    e.print("nineteenth held-out set heldout19 (a development set since session 22)");
    holds_floors(&e, 0.94, 0.92, Some(0.99));
}

/// The twentieth set, `tests/eval/heldout20` (a football club's stadium
/// safety office, an NHS renal dialysis and transplant unit, a Mental Health
/// Tribunal office, a Hajj and Umrah travel agency, a young carers' project, a
/// probation approved premises, a local party's ward campaign, a supermarket
/// distribution centre's HR), written blind on 2026-12-05 by a helper that
/// read no code, rules or set, and measured once on `ae25a93` (session 21's
/// code): names 0.966, categories 0.854 (political opinion 6 of 9),
/// identifiers 1.000, and the same at session 22's end. A development set
/// from session 23, when heldout21 was measured: its errors read and fixed
/// by recurring class (names 0.966 -> 0.973; categories unchanged: its
/// largest class, Mental Health Act sections, raised findings on policies
/// as terms; in session 24 the sections counted only as a particular
/// person's detention: categories 0.890); its floors only rise; the policy
/// and training texts, about no one, must raise no special category.
#[test]
fn twentieth_held_out_set_holds_its_floors() {
    let e = held_out("heldout20");
    e.print("twentieth held-out set heldout20 (a development set since session 23)");
    holds_floors(&e, 0.97, 0.88, Some(0.99));
}

/// The twenty-first set, `tests/eval/heldout21` (a fire and rescue service's
/// community safety and occupational health, a recruitment agency, an NHS
/// gender identity clinic, a council register office, a debt advice charity,
/// a scout group and an army cadet detachment, a bookmaker chain's safer
/// gambling and security team, a crematorium and bereavement services
/// office), written blind on 2026-12-06 by a helper that read no code, rules
/// or set, and measured once on `5b540fb` (session 22's code and one
/// special-category change): names 0.965, categories 0.946, identifiers
/// 0.997, and one special-category finding on a policy text whose heading,
/// "CANDIDATE PRIVACY NOTICE", was read as a person. Only that text's
/// findings were read, and mended by class (a role noun heading a
/// capitalised run cues only a listed name): names 0.966, categories 0.951.
/// A development set from session 24, when heldout22 was measured: its
/// errors read and fixed by recurring class (names 0.966 -> 0.974: place
/// and organisation words, a Sikh title's spelling, OpenDocument comment
/// authors; categories 0.951 -> 0.962: an interpreter's language after a
/// label, a council's party group); its floors only rise; the policy and
/// training texts, about no one, must raise no special category.
#[test]
fn twenty_first_held_out_set_holds_its_floors() {
    let e = held_out("heldout21");
    e.print("twenty-first held-out set heldout21 (a development set since session 24)");
    holds_floors(&e, 0.97, 0.96, Some(0.99));
}

/// The twenty-second set, `tests/eval/heldout22` (an energy and water
/// supplier's Priority Services Register and vulnerable-customer team, a
/// driving school and its instructors, a nightclub and late-night venue
/// group's door security, a family mediation service, an NHS wheelchair and
/// assistive technology service, a mortgage and protection broker, a council
/// home-to-school transport team, a private medical cannabis and pain
/// clinic), written blind on 2026-12-06 by a helper that read no code, rules
/// or set, and measured once on `b4445ae` (session 23's code and an
/// OpenDocument annotation change): names 0.964, categories 0.938,
/// identifiers 0.987 (bank accounts 7 of 11, with 4 extra), nothing on its
/// policy texts. A development set from session 25, when heldout23 was
/// measured: its errors read and fixed by recurring class (identifiers
/// 0.987 -> 0.999: a customer reference's digits are no account number);
/// its floors only rise; the policy and training texts, about no one, must
/// raise no special category.
#[test]
fn twenty_second_held_out_set_holds_its_floors() {
    let e = held_out("heldout22");
    e.print("twenty-second held-out set heldout22 (a development set since session 25)");
    holds_floors(&e, 0.96, 0.96, Some(0.99));
}

/// The twenty-third set, `tests/eval/heldout23` (a private fertility clinic,
/// a coroner's office, a social and political research agency, a charity's
/// legacy and major-donor team, an accountancy practice and payroll bureau, a
/// Court of Protection deputyship team, an opticians chain and diabetic eye
/// screening programme, a council's library and home library service),
/// written blind on 2026-12-06 by a helper that read no code, rules or set,
/// and measured once on `6e8b90b` (session 24's code and a bank pair's
/// reference digits): names 0.942, categories 0.857, identifiers 0.979, and
/// two special-category findings on a training text whose document author,
/// "Bureau Training Lead", was read as a person. Only that text's findings
/// were read, and mended by class ("Lead" a post, "Bureau" an
/// organisation): names 0.944, categories 0.866. A development set from
/// session 26, when heldout24 was measured: its errors read and fixed by
/// recurring class (names 0.945 -> 0.962: a titled sheet's name columns, a
/// name column as a field, speaker lines; categories 0.866 -> 0.880;
/// identifiers 0.979 -> 0.990: a number under another record's label,
/// "Case no:", is no account number); its floors only rise;
/// the policy and training texts, about no one, must raise no special
/// category.
#[test]
fn twenty_third_held_out_set_holds_its_floors() {
    let e = held_out("heldout23");
    e.print("twenty-third held-out set heldout23 (a development set since session 26)");
    holds_floors(&e, 0.96, 0.87, Some(0.98));
}

/// The twenty-fourth set, `tests/eval/heldout24` (an adoption agency, a
/// probation service's unpaid work (Community Payback) unit, an eating
/// disorders charity, an airport's ID pass and security vetting office, an
/// NHS podiatry service, a community transport dial-a-ride scheme, a travel
/// health and vaccination clinic, a supported employment agency), written
/// blind on 2026-12-06 by a helper that read no code, rules or set, and
/// measured once on `a817d4b` (session 25's code and the bank label rule of
/// session 26): names 0.952, categories 0.934, identifiers 0.978, nothing on
/// its policy texts. A development set from session 27: its errors read and
/// fixed by recurring class (names 0.952 -> 0.958: court words before a
/// title, a name given, apposition to a post, document titles; categories
/// 0.934 -> 0.947: benefit awards, a form line's next field, HLA antigens;
/// identifiers 0.978 -> 0.986: an HTML form's label and value glued); its
/// floors only rise; the policy and training texts, about no one, must
/// raise no special category.
#[test]
fn twenty_fourth_held_out_set_holds_its_floors() {
    let e = held_out("heldout24");
    e.print("twenty-fourth held-out set heldout24 (a development set since session 27)");
    holds_floors(&e, 0.95, 0.94, Some(0.98));
}

/// The twenty-fifth set, `tests/eval/heldout25` (an NHS sleep clinic, a
/// council's Disabled Facilities Grant and home adaptations team, a
/// university admissions and widening participation office, a social
/// housing repairs contractor, a GP-attached social prescribing service, a
/// car dealership's sales and finance desk, an organ donation and
/// transplant coordination team, a riding for the disabled group), written
/// blind on 2026-12-06 by a helper that read no code, rules or set, and
/// measured once on `b3392be` (session 26's code and session 27's HTML
/// whitespace fix): names 0.965, categories 0.925, identifiers 0.991,
/// nothing on its policy texts. Floors just below; the policy and training
/// texts, about no one, must raise no special category.
#[test]
fn twenty_fifth_blind_held_out_set_holds_the_floors() {
    let e = held_out("heldout25");
    e.print("twenty-fifth blind held-out set heldout25 (not tuned on)");
    holds_floors(&e, 0.96, 0.92, Some(0.99));
}
