//! The server's live channel as the sync task reads it: a stream of server-sent events, of which
//! only the event names matter (`ready` once open, `changes` when a pull is due). The data is
//! not needed: the pull that follows asks the feed itself.

use crate::remote::{RemoteError, RemoteResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LiveEvent {
    Ready,
    Changes,
}

pub struct LiveChannel {
    res: reqwest::Response,
    buf: Vec<u8>,
}

impl LiveChannel {
    pub(crate) fn new(res: reqwest::Response) -> LiveChannel {
        LiveChannel {
            res,
            buf: Vec::new(),
        }
    }

    /// The next event; `None` when the server closed the stream (the token expired: reopen it
    /// with a fresh one and pull once).
    pub async fn next(&mut self) -> RemoteResult<Option<LiveEvent>> {
        loop {
            while let Some(block) = take_block(&mut self.buf) {
                if let Some(e) = event_of(&block) {
                    return Ok(Some(e));
                }
            }
            match self.res.chunk().await {
                Ok(Some(bytes)) => self.buf.extend_from_slice(&bytes),
                Ok(None) => return Ok(None),
                Err(e) => {
                    let why = if e.is_timeout() {
                        "the live channel went quiet"
                    } else {
                        "the live channel dropped"
                    };
                    return Err(RemoteError::Offline(why.into()));
                }
            }
        }
    }
}

/// Cuts the first complete event block (ended by a blank line, LF or CRLF) off `buf`.
fn take_block(buf: &mut Vec<u8>) -> Option<String> {
    let find = |sep: &[u8]| buf.windows(sep.len()).position(|w| w == sep);
    let (end, sep) = [
        find(b"\r\n\r\n").map(|i| (i, 4)),
        find(b"\n\n").map(|i| (i, 2)),
    ]
    .into_iter()
    .flatten()
    .min()?;
    let block = String::from_utf8_lossy(&buf[..end]).into_owned();
    buf.drain(..end + sep);
    Some(block)
}

fn event_of(block: &str) -> Option<LiveEvent> {
    block
        .lines()
        .find_map(|l| l.strip_prefix("event:"))
        .and_then(|name| match name.trim() {
            "ready" => Some(LiveEvent::Ready),
            "changes" => Some(LiveEvent::Changes),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_cut_at_blank_lines_and_named_by_their_event() {
        let mut buf =
            b"event: ready\ndata: {}\n\n:keep-alive\n\nevent: changes\r\ndata: {\"horizon\": 9}\r\n\r\nevent: cha"
                .to_vec();
        let mut seen = Vec::new();
        while let Some(b) = take_block(&mut buf) {
            seen.push(event_of(&b));
        }
        assert_eq!(
            seen,
            vec![Some(LiveEvent::Ready), None, Some(LiveEvent::Changes)]
        );
        assert_eq!(buf, b"event: cha");
    }
}
