//! What the filters of the v2 user and group queries share: a list filter lets a value through
//! when it is absent or when any of its values matches, and `expand` is a list of names.

/// Whether a list filter lets through what `test` says of it: everything when the filter is
/// absent, else what matches any of its values.
pub fn any_of(values: &Option<Vec<String>>, test: &dyn Fn(&str) -> bool) -> bool {
    values.as_ref().is_none_or(|v| v.iter().any(|x| test(x)))
}

/// Whether an `expand` list names `what`.
pub fn expands(expand: &Option<Vec<String>>, what: &str) -> bool {
    expand.iter().flatten().any(|e| e == what)
}
