//! The static check kinds: each reads the parsed Dockerfile, needs no engine, runs in
//! milliseconds.

pub mod contains;
pub mod copy_from;
pub mod copy_from_resolves;
pub mod deps_before_sources;
pub mod exec_form;
pub mod final_base;
pub mod non_root_user;
pub mod pinned_bases;
pub mod stage_names_valid;
pub mod stages;
pub mod stages_named;
