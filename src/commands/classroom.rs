//! `dockerlings classroom …`: the instructor's class server (`serve`).

use anyhow::Result;

use super::Exit;

/// What `classroom serve` was asked for on the command line.
pub struct ServeOptions<'a> {
    pub name: Option<&'a str>,
    pub bind: Option<&'a str>,
    pub lan: bool,
    pub db: Option<&'a str>,
}

pub fn serve(options: ServeOptions) -> Result<Exit> {
    let _ = (options.name, options.bind, options.lan, options.db);
    anyhow::bail!("`classroom serve` is not finished yet")
}
