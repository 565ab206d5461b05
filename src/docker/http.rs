//! A minimal HTTP/1.1 GET to 127.0.0.1, enough to probe an app in a container: status line,
//! headers, and a body read to the end (plain, `Content-Length` or chunked).

use std::fmt;
use std::io;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Bodies are cut here: a probe only looks for a piece of text.
const BODY_LIMIT: usize = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

#[derive(Debug)]
pub enum ProbeError {
    Connect(io::Error),
    Timeout,
    Malformed(String),
    Io(io::Error),
}

impl fmt::Display for ProbeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProbeError::Connect(err) if err.kind() == io::ErrorKind::ConnectionRefused => {
                f.write_str("connection refused: nothing listens on the port yet")
            }
            ProbeError::Connect(err) => write!(f, "cannot connect: {err}"),
            ProbeError::Timeout => f.write_str("no answer in time"),
            ProbeError::Malformed(why) => write!(f, "not an HTTP answer: {why}"),
            // Docker's proxy accepts the connection and closes it when the app does not listen.
            ProbeError::Io(err) if err.kind() == io::ErrorKind::UnexpectedEof => f.write_str(
                "the connection closed without an answer: nothing listens on the port yet",
            ),
            ProbeError::Io(err) => write!(f, "{err}"),
        }
    }
}

/// `GET path` on `127.0.0.1:port`, within `timeout`.
pub async fn get(port: u16, path: &str, timeout: Duration) -> Result<Response, ProbeError> {
    tokio::time::timeout(timeout, exchange(port, path))
        .await
        .map_err(|_| ProbeError::Timeout)?
}

async fn exchange(port: u16, path: &str) -> Result<Response, ProbeError> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(ProbeError::Connect)?;
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUser-Agent: dockerlings\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    );
    stream
        .write_all(request.as_bytes())
        .await
        .map_err(ProbeError::Io)?;
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        let read = stream.read(&mut buf).await.map_err(ProbeError::Io)?;
        if read == 0 {
            break;
        }
        raw.extend_from_slice(&buf[..read]);
        if raw.len() > BODY_LIMIT + 64 * 1024 {
            break;
        }
        // Stop as soon as a complete response is in, for servers that keep the connection.
        if let Some(response) = complete_response(&raw) {
            return response;
        }
    }
    if raw.is_empty() {
        return Err(ProbeError::Io(io::Error::from(
            io::ErrorKind::UnexpectedEof,
        )));
    }
    parse(&raw, true)
}

fn complete_response(raw: &[u8]) -> Option<Result<Response, ProbeError>> {
    match parse(raw, false) {
        Ok(response) => Some(Ok(response)),
        Err(ProbeError::Malformed(why)) if why == INCOMPLETE => None,
        Err(err) => Some(Err(err)),
    }
}

const INCOMPLETE: &str = "incomplete";

/// Parses a response; with `at_end` false, an unfinished one is `Malformed(INCOMPLETE)`.
pub fn parse(raw: &[u8], at_end: bool) -> Result<Response, ProbeError> {
    let incomplete = || ProbeError::Malformed(INCOMPLETE.into());
    let Some(head_end) = find(raw, b"\r\n\r\n") else {
        return Err(if at_end {
            ProbeError::Malformed("the headers never ended".into())
        } else {
            incomplete()
        });
    };
    let head = String::from_utf8_lossy(&raw[..head_end]);
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse::<u16>().ok())
        .filter(|_| status_line.starts_with("HTTP/"))
        .ok_or_else(|| ProbeError::Malformed(format!("status line `{status_line}`")))?;
    let mut length = None;
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("content-length") {
            length = value.parse::<usize>().ok();
        } else if name.eq_ignore_ascii_case("transfer-encoding")
            && value.to_ascii_lowercase().contains("chunked")
        {
            chunked = true;
        }
    }
    let rest = &raw[head_end + 4..];
    let body = if chunked {
        match dechunk(rest) {
            Some(body) => body,
            None if at_end => rest.to_vec(),
            None => return Err(incomplete()),
        }
    } else if let Some(length) = length {
        if rest.len() < length && !at_end {
            return Err(incomplete());
        }
        rest[..length.min(rest.len())].to_vec()
    } else if status == 204 || status == 304 || (100..200).contains(&status) {
        Vec::new()
    } else if at_end {
        rest.to_vec()
    } else {
        return Err(incomplete());
    };
    let body = &body[..body.len().min(BODY_LIMIT)];
    Ok(Response {
        status,
        body: String::from_utf8_lossy(body).into_owned(),
    })
}

/// The body of a chunked message, or `None` if the last chunk has not arrived.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = find(data, b"\r\n")?;
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        data = &data[line_end + 2..];
        if size == 0 {
            return Some(body);
        }
        if data.len() < size + 2 {
            return None;
        }
        body.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_length_chunked_and_close_delimited_bodies() {
        let r = parse(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHello", false).unwrap();
        assert_eq!((r.status, r.body.as_str()), (200, "Hello"));
        let r = parse(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nHel\r\n2\r\nlo\r\n0\r\n\r\n",
            false,
        )
        .unwrap();
        assert_eq!(r.body, "Hello");
        assert!(matches!(
            parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nHel\r\n", false),
            Err(ProbeError::Malformed(ref why)) if why == INCOMPLETE
        ));
        let r = parse(b"HTTP/1.0 404 Not Found\r\n\r\nnope", true).unwrap();
        assert_eq!((r.status, r.body.as_str()), (404, "nope"));
        assert!(parse(b"SSH-2.0-OpenSSH\r\n\r\n", true).is_err());
    }

    #[tokio::test]
    async fn gets_from_a_local_server() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = [0u8; 1024];
            let read = socket.read(&mut buf).await.unwrap();
            assert!(String::from_utf8_lossy(&buf[..read]).starts_with("GET /health HTTP/1.1\r\n"));
            socket
                .write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                .await
                .unwrap();
            // Keep the connection open: the client must not wait for it to close.
            tokio::time::sleep(Duration::from_secs(5)).await;
        });
        let response = get(port, "/health", Duration::from_secs(2)).await.unwrap();
        assert_eq!((response.status, response.body.as_str()), (200, "ok"));
    }
}
