//! `tactful copy`: fill a phrase's placeholders and put it on the clipboard. On Linux the copied
//! text must outlive this short process, so a detached `tactful serve-clipboard` keeps serving it
//! until something else is copied, as `xclip` does. One keeper at a time: the next copy takes the
//! clipboard over and that ends the previous keeper. Every wait has a limit: the handshake
//! (five seconds) and the keeper's life (twelve hours), both set below.

use std::collections::HashMap;

use anyhow::{Result, bail};
use clap::Args;

use super::phrases::parse_id;
use crate::store::Store;
use crate::template::{Template, format_date};

/// How long `tactful copy` waits for the keeper to say it holds the clipboard; a display server
/// that is stopped or frozen must not hang the command.
#[cfg(feature = "gui")]
pub const HANDSHAKE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// How long a keeper serves one copy at most, so no keeper outlives a working day unnoticed.
#[cfg(feature = "gui")]
pub const KEEP_AT_MOST: std::time::Duration = std::time::Duration::from_secs(12 * 60 * 60);

/// Arguments of `tactful copy`.
#[derive(Debug, Args)]
pub struct CopyArgs {
    /// Phrase id.
    pub id: String,
    /// Fill a placeholder: `--set customer_name=Ana` (repeatable). `{date}` defaults to today.
    #[arg(long = "set", value_name = "NAME=VALUE")]
    pub values: Vec<String>,
    /// Print the text instead of copying it (for scripts and machines without a clipboard).
    #[arg(long)]
    pub print: bool,
}

pub(super) fn copy(store: &mut Store, args: CopyArgs) -> Result<()> {
    let id = parse_id(&args.id)?;
    let phrase = store.phrase(&id)?;
    let template = Template::parse(&phrase.content.text)?;
    let mut values: HashMap<String, String> = HashMap::new();
    values.insert("date".into(), format_date(chrono::Local::now().date_naive(), phrase.content.lang.as_str()));
    for pair in &args.values {
        let Some((name, value)) = pair.split_once('=') else { bail!("{}", tr!("cli-set-syntax", got = pair.as_str())) };
        values.insert(name.trim().to_owned(), value.to_owned());
    }
    let plain = template.render_plain(&values);
    let missing: Vec<&str> = template.placeholders().into_iter().filter(|name| !values.contains_key(*name)).collect();
    if !missing.is_empty() {
        let blanks = missing.iter().map(|name| format!("{{{name}}}")).collect::<Vec<_>>().join(", ");
        eprintln!("{}", tr!("cli-left-unfilled", blanks = blanks));
    }
    if args.print {
        out!("{plain}");
    } else {
        let html = template.has_placeholders().then(|| template.render_html(&values));
        put_on_clipboard(&plain, html.as_deref())?;
        out!("{}", tr!("cli-copied", text = plain.lines().next().unwrap_or(&plain)));
    }
    store.record_copy(&id, crate::model::now())?;
    Ok(())
}

#[cfg(feature = "gui")]
#[derive(serde::Serialize, serde::Deserialize)]
struct Handover {
    plain: String,
    html: Option<String>,
}

#[cfg(all(feature = "gui", target_os = "linux"))]
fn put_on_clipboard(plain: &str, html: Option<&str>) -> Result<()> {
    use std::io::{BufRead, BufReader, Write};
    use std::os::unix::process::CommandExt;

    use anyhow::Context;
    use std::process::{Command, Stdio};

    let executable = std::env::current_exe().with_context(|| tr!("cli-clipboard-no-executable"))?;
    let mut child = Command::new(executable)
        .arg("serve-clipboard")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        // Its own process group: Ctrl+C in this terminal must not take the clipboard away.
        .process_group(0)
        .spawn()
        .with_context(|| tr!("cli-clipboard-no-keeper"))?;
    let handover = serde_json::to_string(&Handover { plain: plain.to_owned(), html: html.map(str::to_owned) })?;
    let mut stdin = child.stdin.take().with_context(|| tr!("cli-clipboard-keeper-broken"))?;
    writeln!(stdin, "{handover}").with_context(|| tr!("cli-clipboard-keeper-broken"))?;
    drop(stdin);
    let stdout = child.stdout.take().with_context(|| tr!("cli-clipboard-keeper-broken"))?;
    // Read the answer on a helper thread, so waiting for it has a limit.
    let (answered, answer) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let read = BufReader::new(stdout).read_line(&mut line).map(|_| line);
        // The receiver is gone only after a timeout, when nobody needs the answer.
        let _ = answered.send(read);
    });
    let answer = match answer.recv_timeout(HANDSHAKE_TIMEOUT) {
        Ok(read) => read.with_context(|| tr!("cli-clipboard-no-answer"))?,
        Err(_) => {
            // A keeper that cannot reach the display server in time is of no use; end it.
            let _ = child.kill();
            let _ = child.wait();
            bail!("{}", tr!("cli-clipboard-timeout", seconds = HANDSHAKE_TIMEOUT.as_secs()));
        }
    };
    match answer.trim() {
        "ready" => Ok(()),
        "" => bail!("{}", tr!("cli-clipboard-none")),
        error => bail!("{}", tr!("cli-clipboard-error", error = error)),
    }
}

#[cfg(all(feature = "gui", not(target_os = "linux")))]
fn put_on_clipboard(plain: &str, html: Option<&str>) -> Result<()> {
    use crate::clipboard::{Clipboard, SystemClipboard};
    let mut clipboard = SystemClipboard::open()?;
    clipboard.copy(plain, html)?;
    Ok(())
}

#[cfg(not(feature = "gui"))]
fn put_on_clipboard(_plain: &str, _html: Option<&str>) -> Result<()> {
    bail!("{}", tr!("cli-clipboard-not-built"))
}

/// The keeper process: reads one handover line, copies it, says "ready", then serves the
/// clipboard until another program (or the next keeper) replaces its content, or
/// [`KEEP_AT_MOST`] has passed.
#[cfg(feature = "gui")]
pub(super) fn serve_clipboard() -> Result<()> {
    use std::io::{BufRead, Write};

    use anyhow::Context;

    use crate::clipboard::{Clipboard, SystemClipboard};

    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("no text to serve")?;
    let handover: Handover = serde_json::from_str(&line).context("unreadable handover")?;
    let mut stdout = std::io::stdout();
    let mut clipboard = match SystemClipboard::open().and_then(|mut clipboard| {
        clipboard.copy(&handover.plain, handover.html.as_deref())?;
        Ok(clipboard)
    }) {
        Ok(clipboard) => clipboard,
        Err(error) => {
            let _ = writeln!(stdout, "{error}");
            return Ok(());
        }
    };
    writeln!(stdout, "ready")?;
    stdout.flush()?;
    serve_until_replaced(&mut clipboard, &handover)
}

#[cfg(all(feature = "gui", target_os = "linux"))]
fn serve_until_replaced(clipboard: &mut crate::clipboard::SystemClipboard, handover: &Handover) -> Result<()> {
    let deadline = std::time::Instant::now() + KEEP_AT_MOST;
    clipboard.serve_until(&handover.plain, handover.html.as_deref(), deadline)?;
    Ok(())
}

#[cfg(all(feature = "gui", not(target_os = "linux")))]
fn serve_until_replaced(_clipboard: &mut crate::clipboard::SystemClipboard, _handover: &Handover) -> Result<()> {
    // Elsewhere the clipboard keeps its content after the copying process exits.
    Ok(())
}

#[cfg(not(feature = "gui"))]
pub(super) fn serve_clipboard() -> Result<()> {
    bail!("{}", tr!("cli-clipboard-not-built"))
}
