//! Secrets and limits: tokens and the join code, their hashes, comparing them in constant
//! time, and the in-memory token buckets that rate-limit joins and events.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Mutex;
use std::time::Instant;

use anyhow::Result;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Letters that cannot be misread from a projector: no 0/O, 1/I/L, 5/S, 2/Z, 8/B.
const CODE_ALPHABET: &[u8] = b"ACDEFGHJKMNPQRTUVWXY34679";

fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|err| anyhow::anyhow!("the system's random source failed: {err}"))?;
    Ok(bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A bearer token: 256 random bits, with a prefix saying whose it is.
pub fn new_token(prefix: &str) -> Result<String> {
    Ok(format!("{prefix}{}", hex(&random_bytes::<32>()?)))
}

/// An id that is not a secret (learner ids).
pub fn new_id() -> Result<String> {
    Ok(hex(&random_bytes::<8>()?))
}

/// A join code learners type: `XXXX-XXXX` (about 37 bits; wrong guesses are rate-limited).
pub fn new_join_code() -> Result<String> {
    let bytes = random_bytes::<8>()?;
    let letters: String = bytes
        .iter()
        .map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char)
        .collect();
    Ok(format!("{}-{}", &letters[..4], &letters[4..]))
}

/// The code as typed: case, spaces and dashes do not matter.
pub fn normalize_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

pub fn code_matches(typed: &str, stored: &str) -> bool {
    let typed = normalize_code(typed);
    let stored = normalize_code(stored);
    hash(&typed)
        .as_bytes()
        .ct_eq(hash(&stored).as_bytes())
        .into()
}

/// What the store keeps of a token: SHA-256, hex. Tokens are 256 random bits, so a fast hash
/// is enough; a leaked store gives no token.
pub fn hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

/// Whether `token` hashes to `stored`, without the time taken telling how much matched.
pub fn token_matches(token: &str, stored_hash: &str) -> bool {
    hash(token).as_bytes().ct_eq(stored_hash.as_bytes()).into()
}

/// Token buckets in memory, one per key: `capacity` at most, refilled at `per_second`.
/// Each server instance counts on its own (behind a load balancer, per instance).
pub struct Buckets<K> {
    capacity: f64,
    per_second: f64,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

impl<K: Hash + Eq + Clone> Buckets<K> {
    pub fn new(capacity: f64, per_second: f64) -> Buckets<K> {
        Buckets {
            capacity,
            per_second,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn level(&self, tokens: f64, since: Instant, now: Instant) -> f64 {
        (tokens + now.duration_since(since).as_secs_f64() * self.per_second).min(self.capacity)
    }

    /// Takes `cost` from `key`'s bucket if it holds that much.
    pub fn take(&self, key: &K, cost: f64) -> bool {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if buckets.len() > 10_000 {
            // Forget the full ones: they are the same as new.
            buckets.retain(|_, (tokens, since)| {
                (*tokens + now.duration_since(*since).as_secs_f64() * self.per_second)
                    < self.capacity
            });
        }
        let entry = buckets.entry(key.clone()).or_insert((self.capacity, now));
        let level = self.level(entry.0, entry.1, now);
        if level >= cost {
            *entry = (level - cost, now);
            true
        } else {
            *entry = (level, now);
            false
        }
    }

    /// Whether `key`'s bucket is empty, without taking from it.
    pub fn is_empty(&self, key: &K) -> bool {
        let buckets = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        buckets
            .get(key)
            .is_some_and(|(tokens, since)| self.level(*tokens, *since, Instant::now()) < 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_the_way_they_are_typed() {
        let code = new_join_code().unwrap();
        assert_eq!(code.len(), 9);
        assert!(code_matches(&code.to_lowercase().replace('-', " "), &code));
        assert!(!code_matches("AAAA-AAAA", &code));
    }

    #[test]
    fn a_token_matches_its_hash_only() {
        let token = new_token("di_").unwrap();
        assert!(token.starts_with("di_") && token.len() == 67);
        let stored = hash(&token);
        assert!(token_matches(&token, &stored));
        assert!(!token_matches(&new_token("di_").unwrap(), &stored));
        assert!(!token_matches("", &stored));
    }

    #[test]
    fn a_bucket_empties_and_refills() {
        let buckets = Buckets::new(3.0, 1000.0);
        assert!(buckets.take(&"a", 3.0));
        assert!(!buckets.take(&"a", 3.0) || !buckets.take(&"a", 3.0));
        std::thread::sleep(std::time::Duration::from_millis(10));
        assert!(buckets.take(&"a", 3.0));
        let slow = Buckets::new(2.0, 0.001);
        assert!(slow.take(&"a", 1.0) && slow.take(&"a", 1.0));
        assert!(!slow.take(&"a", 1.0));
        assert!(slow.is_empty(&"a"));
        assert!(slow.take(&"b", 1.0), "each key has its own bucket");
    }
}
