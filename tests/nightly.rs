//! The nightly-audit recipe of the README, run as written: the cron line's
//! command and the script the systemd service starts, on a generated share.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

fn recipe(file: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/nightly").join(file)).unwrap()
}

#[test]
fn the_cron_line_and_the_service_run_the_audit_and_report_news_by_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    let (share, state) = (dir.path().join("share"), dir.path().join("state"));
    fs::create_dir_all(share.join("HR")).unwrap();
    fs::write(share.join("HR/minutes.txt"), "The budget was agreed.\n").unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/nightly/dpscan-nightly.sh");
    let env_file = dir.path().join("nightly.env");
    fs::write(
        &env_file,
        format!(
            "DPSCAN_SHARE={}\nDPSCAN_DB={}/inventory.db\nDPSCAN_REPORTS={}/reports\nDPSCAN_BIN={}\n",
            share.display(),
            state.display(),
            state.display(),
            env!("CARGO_BIN_EXE_dpscan")
        ),
    )
    .unwrap();
    fs::create_dir_all(&state).unwrap();

    // The cron line's command, with this test's paths.
    let cron = recipe("dpscan-nightly.cron");
    let line = cron.lines().find(|l| !l.starts_with('#') && !l.trim().is_empty()).unwrap();
    let command = line.split_once("/bin/sh -c '").unwrap().1.trim_end_matches('\'');
    let command = command
        .replace("/etc/dpscan/nightly.env", env_file.to_str().unwrap())
        .replace("/usr/local/lib/dpscan/dpscan-nightly.sh", script.to_str().unwrap());
    let night = || Command::new("/bin/sh").args(["-c", &command]).env_remove("DPSCAN_INDEX_KEY").output().unwrap();

    let first = night();
    assert_eq!(first.status.code(), Some(0), "nothing personal yet: {}", String::from_utf8_lossy(&first.stderr));
    assert!(first.stdout.is_empty() && first.stderr.is_empty(), "cron would mail this");
    fs::write(share.join("HR/new-starter.txt"), "NI number QQ 12 34 56 C\n").unwrap();
    let second = night();
    assert_eq!(second.status.code(), Some(1), "a file newly holding personal data is news");
    let reports: Vec<_> = fs::read_dir(state.join("reports")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(reports.len(), 1, "one report a day, the night's last run");
    assert_eq!(fs::metadata(&reports[0]).unwrap().permissions().mode() & 0o777, 0o600);
    let report = fs::read_to_string(&reports[0]).unwrap();
    assert!(report.contains(r#""change":"new""#) && report.contains("new-starter.txt"));
    assert!(!report.contains("QQ123456C") && !report.contains("QQ 12 34 56 C"));
    assert_eq!(fs::metadata(state.join("inventory.db.key")).unwrap().permissions().mode() & 0o777, 0o600);

    // An unmounted share is an error, not a night with everything gone.
    fs::rename(&share, dir.path().join("away")).unwrap();
    assert_eq!(night().status.code(), Some(2));

    // The service starts that script with that environment file, daily.
    let service = recipe("dpscan-nightly.service");
    assert!(service.contains("ExecStart=/usr/local/lib/dpscan/dpscan-nightly.sh"));
    assert!(service.contains("EnvironmentFile=/etc/dpscan/nightly.env"));
    assert!(recipe("dpscan-nightly.timer").contains("OnCalendar=*-*-* 01:30:00"));
}
