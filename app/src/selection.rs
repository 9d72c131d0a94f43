//! The accounts an admin has selected in the Users table. It lives for the whole visit (not the
//! page), so it survives paging, filter and tab changes; the bulk actions act on it.

use std::collections::BTreeSet;

use leptos::prelude::*;

#[derive(Clone, Copy, Debug)]
pub struct Selection(RwSignal<BTreeSet<String>>);

impl Selection {
    pub fn provide() {
        provide_context(Selection(RwSignal::new(BTreeSet::new())));
    }

    pub fn len(self) -> usize {
        self.0.with(BTreeSet::len)
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    pub fn contains(self, id: &str) -> bool {
        self.0.with(|s| s.contains(id))
    }

    /// Selects or unselects these accounts.
    pub fn set<'a>(self, ids: impl IntoIterator<Item = &'a str>, selected: bool) {
        self.0.update(|s| {
            for id in ids {
                if selected {
                    s.insert(id.to_owned());
                } else {
                    s.remove(id);
                }
            }
        });
    }

    pub fn replace(self, ids: Vec<String>) {
        self.0.set(ids.into_iter().collect());
    }

    pub fn clear(self) {
        self.0.set(BTreeSet::new());
    }

    /// The selected ids, sorted.
    pub fn ids(self) -> Vec<String> {
        self.0.with(|s| s.iter().cloned().collect())
    }
}

pub fn use_selection() -> Selection {
    use_context::<Selection>().unwrap_or_else(|| Selection(RwSignal::new(BTreeSet::new())))
}
