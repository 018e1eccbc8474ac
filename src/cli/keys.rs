//! `tactful keygen` and `tactful sign`: a team lead's signing key and detached signatures, in the
//! minisign format (see [`crate::signing`]). Neither touches the phrasebook.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::signing;

/// The environment variable a signing key's password is read from, for CI jobs that cannot type
/// one; without it the password is asked for on the terminal.
pub const PASSWORD_VARIABLE: &str = "TACTFUL_KEY_PASSWORD";

/// Arguments of `tactful keygen`.
#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Where to write the public key (give it to agents: `tactful subscribe URL --trust FILE`).
    #[arg(long, short = 'p', value_name = "FILE", default_value = "tactful.pub")]
    pub public: PathBuf,
    /// Where to write the secret key (keep it private; it is encrypted with a password).
    #[arg(long, short = 's', value_name = "FILE", default_value = "tactful.key")]
    pub secret: PathBuf,
    /// Leave the secret key unencrypted (for a CI secret store; anyone who reads the file can sign).
    #[arg(long)]
    pub no_password: bool,
}

/// Arguments of `tactful sign`.
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The collection files to sign; each gets FILE.minisig beside it.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The secret key.
    #[arg(long, short = 's', value_name = "FILE", default_value = "tactful.key")]
    pub secret: PathBuf,
}

fn password() -> Option<String> {
    std::env::var(PASSWORD_VARIABLE).ok().filter(|password| !password.is_empty())
}

/// Makes a key pair.
pub fn keygen(args: KeygenArgs) -> Result<()> {
    let protection = match (args.no_password, password()) {
        (true, _) => signing::Protection::Unencrypted,
        (false, Some(password)) => signing::Protection::Password(password),
        (false, None) => signing::Protection::AskOnTerminal,
    };
    let unencrypted = protection == signing::Protection::Unencrypted;
    let key = signing::generate(&args.public, &args.secret, protection)?;
    out!("{}", tr!("cli-key-written", id = key.id().to_string(), public = &args.public, secret = &args.secret));
    if unencrypted {
        out!("{}", tr!("cli-key-unprotected", secret = &args.secret));
    }
    out!("{}", tr!("cli-key-how-to-follow", key = key.as_line()));
    Ok(())
}

/// Signs files.
pub fn sign(args: SignArgs) -> Result<()> {
    let secret = signing::open_secret_key(&args.secret, password())?;
    let public = signing::public_of(&secret)?;
    for file in &args.files {
        let signature = signing::sign_file(file, &secret, Some(&public))?;
        out!("{}", tr!("cli-signed-file", file = file, id = public.id().to_string(), signature = &signature));
    }
    Ok(())
}
