//! A deterministic synthetic corpus for benchmarks and large-file tests:
//! office prose with, every `every` lines, one line carrying identifiers from
//! published test ranges (QQ NINOs, Ofcom drama numbers, test cards,
//! example.com). No real person's data.

const WORDS: &[&str] = &[
    "the",
    "meeting",
    "agreed",
    "that",
    "budget",
    "for",
    "next",
    "year",
    "should",
    "include",
    "staff",
    "training",
    "and",
    "a",
    "review",
    "of",
    "the",
    "shared",
    "drive",
    "folders",
    "before",
    "March",
    "council",
    "report",
    "was",
    "circulated",
    "to",
    "members",
    "with",
    "minutes",
    "from",
    "previous",
    "session",
    "school",
    "governors",
    "noted",
    "progress",
    "on",
    "policy",
    "actions",
    "invoice",
    "number",
    "payment",
    "terms",
    "thirty",
    "days",
    "project",
    "plan",
    "version",
    "draft",
    "final",
    "approved",
    "by",
    "manager",
    "team",
];

const IDENTIFIER_LINES: &[&str] = &[
    "Employee NI number QQ 12 34 56 C, contact jane.example@example.com",
    "Mobile 07700 900123 or office 020 7946 0018 for the case worker",
    "Sort code 12-34-56, account number 12345678 for salary payments",
    "Card 4111 1111 1111 1111 used for the deposit, IBAN GB82 WEST 1234 5698 7654 32",
    "Patient NHS number 943 476 5919, DOB: 14/03/1985, address 1 Example Road, London SW1A 1AA",
    "Passport number: 925076473 and driving licence MORGA753116SM9IJ seen, login from 192.0.2.17",
];

/// About `bytes` of text; every `every`-th line carries identifiers.
pub fn corpus(bytes: usize, every: usize) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut line = 0usize;
    while out.len() < bytes {
        line += 1;
        if every > 0 && line.is_multiple_of(every) {
            out.push_str(IDENTIFIER_LINES[(line / every) % IDENTIFIER_LINES.len()]);
        } else {
            for i in 0..12 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(WORDS[(state % WORDS.len() as u64) as usize]);
            }
            out.push('.');
        }
        out.push('\n');
    }
    out
}
