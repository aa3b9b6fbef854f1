//! A throwaway PostgreSQL cluster for tests: `initdb` and `pg_ctl` from
//! Debian's `postgresql` package, in a temp dir, on a Unix socket only (no
//! port opened, unless a test asks for TLS on loopback), `trust`
//! authentication. Run as the `postgres` user when the
//! tests run as root (the server refuses root). If it cannot start, the test
//! fails saying why: these tests never pass without a server.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    /// The user the server runs as, when the tests run as root.
    user: Option<&'static str>,
    /// Server settings beyond the socket-only defaults.
    settings: String,
    /// The port, which names the socket too.
    port: u16,
}

/// The cluster every test of a binary shares (each in its own database),
/// stopped when the binary exits.
pub fn shared() -> &'static Cluster {
    static SHARED: OnceLock<Cluster> = OnceLock::new();
    extern "C" fn stop_shared() {
        if let Some(cluster) = SHARED.get() {
            cluster.stop();
        }
    }
    SHARED.get_or_init(|| {
        let cluster = Cluster::start();
        // SAFETY: registers a plain function to run at exit.
        unsafe { libc::atexit(stop_shared) };
        cluster
    })
}

/// The newest `/usr/lib/postgresql/*/bin` holding `initdb`.
fn bin_dir() -> PathBuf {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|bin| bin.join("initdb").exists())
        .collect();
    found.sort_by_key(|p| p.parent().and_then(|v| v.file_name()?.to_str()?.parse::<u32>().ok()));
    found.pop().unwrap_or_else(|| {
        panic!(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): these tests need a real server; \
             install it with `apt-get install -y postgresql` (.ci/run does)"
        )
    })
}

impl Cluster {
    /// A new cluster, started.
    pub fn start() -> Cluster {
        Cluster::start_with(|_| String::new())
    }

    /// A new cluster that also listens on 127.0.0.1 at a free port, with
    /// TLS from the PEM texts `cert` and `key`, and takes connections over
    /// TCP only when they use TLS; to database `certdb` only with a client
    /// certificate from the CA `ca` naming the user: the cluster and its port.
    pub fn start_tls(cert: &str, key: &str, ca: &str) -> (Cluster, u16) {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let cluster = Cluster::start_with(|cluster| {
            cluster.port = port;
            let data = cluster.dir.join("data");
            std::fs::write(data.join("server.crt"), cert).unwrap();
            std::fs::write(data.join("server.key"), key).unwrap();
            std::fs::write(data.join("ca.crt"), ca).unwrap();
            std::fs::write(
                data.join("pg_hba.conf"),
                "local all all trust\nhostssl certdb all 127.0.0.1/32 cert\n\
                 hostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n",
            )
            .unwrap();
            for file in ["server.crt", "server.key", "ca.crt", "pg_hba.conf"] {
                let file = data.join(file);
                std::fs::set_permissions(&file, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
                if cluster.user.is_some() {
                    assert!(Command::new("chown").arg("postgres:").arg(&file).status().unwrap().success());
                }
            }
            " -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_ca_file=ca.crt".to_string()
        });
        (cluster, port)
    }

    /// A new cluster, `setup` (given the cluster made by `initdb`) writing
    /// its files and returning its extra server settings; then started.
    fn start_with(setup: impl FnOnce(&mut Cluster) -> String) -> Cluster {
        let bin = bin_dir();
        let root = unsafe { libc::geteuid() } == 0;
        let dir = tempfile::Builder::new().prefix("dpscan-pg").tempdir().unwrap().keep();
        let user = root.then_some("postgres");
        if root {
            let owner = Command::new("chown").arg("postgres:").arg(&dir).status().unwrap();
            assert!(owner.success(), "cannot give {} to the postgres user", dir.display());
        }
        let mut cluster = Cluster { dir, bin, user, settings: String::new(), port: 5432 };
        let data = cluster.dir.join("data");
        cluster.run(
            "initdb",
            &["-D", path(&data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
        );
        cluster.settings = setup(&mut cluster);
        cluster.pg_ctl("start");
        cluster
    }

    /// Runs one of the server's programs as the server's user; it must succeed.
    fn run(&self, program: &str, args: &[&str]) {
        let program = self.bin.join(program);
        let mut command = match self.user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(&program);
                c
            }
            None => Command::new(&program),
        };
        let out = command.args(args).current_dir(&self.dir).output().unwrap();
        let log = std::fs::read_to_string(self.dir.join("log")).unwrap_or_default();
        assert!(
            out.status.success(),
            "{} {args:?} failed: {}{}\nserver log:\n{log}",
            program.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// `pg_ctl start`, `restart` or `stop`, waiting for it to finish.
    pub fn pg_ctl(&self, action: &str) {
        let options = format!(
            "-k {} -c port={} -c listen_addresses='' -c fsync=off -c max_connections=200{}",
            self.dir.display(),
            self.port,
            self.settings
        );
        let (data, log) = (self.dir.join("data"), self.dir.join("log"));
        let mut args = vec!["-D", path(&data), "-l", path(&log), "-w", "-m", "fast", action];
        if action != "stop" {
            args.extend(["-o", &options]);
        }
        self.run("pg_ctl", &args);
    }

    fn stop(&self) {
        self.pg_ctl("stop");
        let _ = std::fs::remove_dir_all(&self.dir);
    }

    /// A URL of database `db` on this cluster.
    pub fn url(&self, db: &str) -> String {
        format!("postgresql:///{db}?user=postgres&host={}&port={}", self.dir.display(), self.port)
    }

    /// A new empty database: its URL.
    pub fn database(&self) -> String {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!("t{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        self.sql("postgres", &format!("CREATE DATABASE {name}"));
        self.url(&name)
    }

    /// Runs `sql` in database `db`.
    pub fn sql(&self, db: &str, sql: &str) {
        self.client(&self.url(db)).batch_execute(sql).unwrap();
    }

    pub fn client(&self, url: &str) -> postgres::Client {
        postgres::Client::connect(url, postgres::NoTls)
            .unwrap_or_else(|e| panic!("cannot connect to the test cluster at {url}: {e}"))
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.stop();
    }
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}
