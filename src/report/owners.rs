//! File owners: a uid as its user name, where the system's user database
//! (`getpwuid_r`, so NSS: /etc/passwd, LDAP, winbind) knows one, else the
//! number. Each uid is looked up once per process: a share of 100,000 files
//! has a handful of owners.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The name of user `uid`, or the uid as text when it has none.
pub fn name(uid: u32) -> Arc<str> {
    static NAMES: OnceLock<Mutex<HashMap<u32, Arc<str>>>> = OnceLock::new();
    let names = NAMES.get_or_init(Mutex::default);
    // A poisoned cache is still a valid map.
    let mut names = names.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    names.entry(uid).or_insert_with(|| lookup(uid).unwrap_or_else(|| uid.to_string()).into()).clone()
}

/// For `FileRecord::uid`: the owner's name.
pub(crate) fn serialize<S: serde::Serializer>(uid: &Option<u32>, serializer: S) -> Result<S::Ok, S::Error> {
    match uid {
        Some(uid) => serializer.serialize_str(&name(*uid)),
        None => serializer.serialize_none(),
    }
}

#[cfg(unix)]
fn lookup(uid: u32) -> Option<String> {
    let mut buffer = vec![0u8; 1024];
    loop {
        // SAFETY: `passwd` is plain data that getpwuid_r fills; `buffer`
        // outlives every use of the pointers it writes into `passwd`.
        let mut passwd: libc::passwd = unsafe { std::mem::zeroed() };
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let status =
            unsafe { libc::getpwuid_r(uid, &mut passwd, buffer.as_mut_ptr().cast(), buffer.len(), &mut found) };
        if status == libc::ERANGE && buffer.len() < 1 << 20 {
            buffer.resize(buffer.len() * 4, 0);
            continue;
        }
        if status != 0 || found.is_null() || passwd.pw_name.is_null() {
            return None;
        }
        // SAFETY: a non-null `pw_name` from a successful call is a C string in `buffer`.
        let name = unsafe { std::ffi::CStr::from_ptr(passwd.pw_name) };
        return Some(name.to_string_lossy().into_owned());
    }
}

#[cfg(not(unix))]
fn lookup(_uid: u32) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn root_is_named_and_an_unknown_uid_is_its_number() {
        assert_eq!(&*super::name(0), "root");
        assert_eq!(&*super::name(4_000_000_123), "4000000123");
    }
}
