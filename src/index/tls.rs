//! TLS to a central inventory, with rustls: the server's certificate is
//! always verified (chain and name), and a connection over the network is
//! encrypted unless the URL says `sslmode=disable`.
//!
//! The URL takes libpq's names: `sslmode` (`disable`, `prefer`, `require`,
//! `verify-ca`, `verify-full`), `sslrootcert` (the CA to trust instead of the
//! system's), `sslcert` and `sslkey` (a client certificate). Two choices
//! differ from libpq, both stricter, because what travels is a register of
//! personal data: without `sslmode`, a TCP connection requires TLS (libpq
//! would fall back to clear text), and `require` and `verify-ca` verify the
//! certificate as `verify-full` does (libpq's `require` accepts any). A
//! Unix socket is local: no TLS, as in libpq.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use postgres::config::{Host, SslMode};
use postgres::Config;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::{ClientConfig, RootCertStore};
use tokio_postgres_rustls::MakeRustlsConnect;

/// The TLS settings a URL carries that tokio-postgres does not read.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// `sslmode` as given, if it was.
    mode: Option<SslMode>,
    root_cert: Option<PathBuf>,
    client_cert: Option<PathBuf>,
    client_key: Option<PathBuf>,
}

/// `url` without its TLS settings (left for tokio-postgres to parse), and
/// the settings.
pub fn split(url: &str) -> Result<(String, Settings), String> {
    let Some((base, query)) = url.split_once('?') else { return Ok((url.to_string(), Settings::default())) };
    let mut settings = Settings::default();
    let mut kept = Vec::new();
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let path = || Some(PathBuf::from(decode(value)));
        match key {
            "sslmode" => settings.mode = Some(mode(&decode(value))?),
            "sslrootcert" => settings.root_cert = path(),
            "sslcert" => settings.client_cert = path(),
            "sslkey" => settings.client_key = path(),
            _ => kept.push(pair),
        }
    }
    let url = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
    Ok((url, settings))
}

fn mode(value: &str) -> Result<SslMode, String> {
    match value {
        "disable" => Ok(SslMode::Disable),
        "prefer" => Ok(SslMode::Prefer),
        "require" | "verify-ca" | "verify-full" => Ok(SslMode::Require),
        other => Err(format!(
            "sslmode={other} is not one dpscan offers: use disable, prefer, require or verify-full \
             (every TLS connection verifies the server's certificate)"
        )),
    }
}

/// `%XX` escapes decoded, as tokio-postgres decodes the rest of the URL.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Applies `settings` to `config` and makes the connector its connections
/// use.
pub fn connector(config: &mut Config, settings: &Settings) -> Result<MakeRustlsConnect, String> {
    let over_network = config.get_hosts().iter().any(|h| matches!(h, Host::Tcp(_)));
    let mode = match settings.mode {
        Some(mode) => mode,
        None if over_network => SslMode::Require,
        None => SslMode::Disable,
    };
    config.ssl_mode(mode);
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS: {e}"))?;
    let roots = if mode == SslMode::Disable || !over_network { RootCertStore::empty() } else { roots(settings)? };
    let builder = builder.with_root_certificates(roots);
    let tls = match (&settings.client_cert, &settings.client_key) {
        (None, None) => builder.with_no_client_auth(),
        (Some(cert), Some(key)) => builder
            .with_client_auth_cert(certificates(cert)?, private_key(key)?)
            .map_err(|e| format!("sslcert {} and sslkey {}: {e}", cert.display(), key.display()))?,
        _ => return Err("give sslcert and sslkey together, or neither".into()),
    };
    Ok(MakeRustlsConnect::new(tls))
}

/// The CAs a server's certificate must chain to: `sslrootcert`'s, or the
/// system's.
fn roots(settings: &Settings) -> Result<RootCertStore, String> {
    let mut roots = RootCertStore::empty();
    match &settings.root_cert {
        Some(file) => {
            for cert in certificates(file)? {
                roots.add(cert).map_err(|e| format!("sslrootcert {}: {e}", file.display()))?;
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            roots.add_parsable_certificates(found.certs);
            if roots.is_empty() {
                return Err("no system CA certificates could be read: give the server's CA with sslrootcert=FILE \
                     in the URL"
                    .into());
            }
        }
    }
    Ok(roots)
}

fn certificates(file: &Path) -> Result<Vec<CertificateDer<'static>>, String> {
    let certs = CertificateDer::pem_file_iter(file)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("{}: {e}", file.display()))?;
    if certs.is_empty() {
        return Err(format!("{}: no PEM certificate in it", file.display()));
    }
    Ok(certs)
}

/// A client key, refused if others may read it (as libpq does).
fn private_key(file: &Path) -> Result<PrivateKeyDer<'static>, String> {
    let mode = fs::metadata(file).map_err(|e| format!("{}: {e}", file.display()))?.permissions().mode();
    if mode & 0o077 != 0 {
        return Err(format!(
            "{}: the client key is readable by others (mode {:o}); make it owner-only: chmod 600",
            file.display(),
            mode & 0o777
        ));
    }
    PrivateKeyDer::from_pem_file(file).map_err(|e| format!("{}: {e}", file.display()))
}

/// The TLS error behind `e`, if the handshake failed (a certificate
/// refused, say): it fails the same way however often it is tried.
pub fn refusal(e: &postgres::Error) -> Option<&rustls::Error> {
    let io = std::error::Error::source(e)?.downcast_ref::<std::io::Error>()?;
    io.get_ref()?.downcast_ref::<rustls::Error>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_keeps_what_tokio_postgres_reads_and_gives_up_the_rest() {
        let (url, settings) = split(
            "postgresql://agent@db.example.com:5433/inv?sslmode=verify-full&application_name=x&sslrootcert=/etc/ca%20dir/ca.pem",
        )
        .unwrap();
        assert_eq!(url, "postgresql://agent@db.example.com:5433/inv?application_name=x");
        assert_eq!(settings.mode, Some(SslMode::Require));
        assert_eq!(settings.root_cert, Some(PathBuf::from("/etc/ca dir/ca.pem")));
        assert_eq!(split("postgresql:///inv").unwrap().0, "postgresql:///inv");
        assert!(split("postgresql:///inv?sslmode=allow").unwrap_err().contains("sslmode=allow"));
    }

    #[test]
    fn a_tcp_connection_requires_tls_unless_told_and_a_socket_has_none() {
        let mut tcp: Config = "postgresql://db.example.com/inv".parse().unwrap();
        connector(&mut tcp, &Settings::default()).unwrap();
        assert_eq!(tcp.get_ssl_mode(), SslMode::Require);
        let mut clear: Config = "postgresql://db.example.com/inv".parse().unwrap();
        connector(&mut clear, &Settings { mode: Some(SslMode::Disable), ..Settings::default() }).unwrap();
        assert_eq!(clear.get_ssl_mode(), SslMode::Disable);
        let mut socket: Config = "postgresql:///inv?host=/run/postgresql".parse().unwrap();
        connector(&mut socket, &Settings::default()).unwrap();
        assert_eq!(socket.get_ssl_mode(), SslMode::Disable);
    }

    #[test]
    fn a_client_key_others_can_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let key = dir.path().join("client.key");
        fs::write(&key, "not read").unwrap();
        fs::set_permissions(&key, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(private_key(&key).unwrap_err().contains("chmod 600"));
    }
}
