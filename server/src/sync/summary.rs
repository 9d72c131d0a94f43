//! How a sync's product families fared, in plain English for `uam sync` and the server's log
//! (the dashboard says the same in the reader's language, from the app's messages).

use app::families::{Family, FamilyReport, FamilyState, Permission, SkipReason, part_key};

/// The product's name, as Atlassian writes it.
fn product_name(family: Family) -> &'static str {
    match family {
        Family::Jira => "Jira",
        Family::Jsm => "Jira Service Management",
        Family::Confluence => "Confluence",
    }
}

/// One line per family for `uam sync` and the log, in English: `Confluence: partial (2 spaces
/// not readable: the site account needs permission to view the space)`.
pub fn plain_summary(report: &FamilyReport) -> String {
    let name = product_name(report.family);
    let state = match report.state {
        FamilyState::Complete => "complete".to_owned(),
        FamilyState::Partial => {
            let parts: Vec<String> = report
                .skipped
                .iter()
                .map(|s| {
                    let what = format!("{} {}{}", s.count, part_key(s.part), if s.count == 1 { "" } else { "s" });
                    match s.reason {
                        SkipReason::Permission(p) => {
                            format!("{what} not readable: the site account needs {}", plain(p))
                        }
                        SkipReason::NotOffered => format!("{what} not readable: the site offers no API for them"),
                    }
                })
                .collect();
            format!("partial ({})", parts.join("; "))
        }
        FamilyState::NotOnSite => "not on this site".to_owned(),
        FamilyState::NotConfigured => "not configured (no site account)".to_owned(),
        FamilyState::Stale => {
            let since = report.data_from.map_or("never read".to_owned(), |t| format!("data from {}", t.to_rfc3339()));
            format!("stale, {since}: {}", report.error.as_deref().unwrap_or("not read"))
        }
    };
    format!("{name}: {state}")
}

/// A permission's English name, as Atlassian's documentation writes it.
fn plain(permission: Permission) -> &'static str {
    match permission {
        Permission::AdministerProjects => "Administer Projects (or Administer Jira)",
        Permission::AdministerJira => "Administer Jira",
        Permission::BrowseUsers => "Browse users and groups",
        Permission::DeskAgent => "a service desk agent or administrator role",
        Permission::ViewSpace => "permission to view the space",
    }
}

#[cfg(test)]
mod tests {
    use app::families::{Part, Skipped};

    use super::*;

    #[test]
    fn plain_summaries_name_what_was_skipped_and_why() {
        let mut report = FamilyReport::new(Family::Confluence, FamilyState::Partial);
        report.skipped = vec![Skipped {
            part: Part::Space,
            reason: SkipReason::Permission(Permission::ViewSpace),
            count: 2,
            names: vec![],
        }];
        assert_eq!(
            plain_summary(&report),
            "Confluence: partial (2 spaces not readable: the site account needs permission to view the space)"
        );
        let stale = FamilyReport {
            error: Some("Atlassian is unavailable".into()),
            ..FamilyReport::new(Family::Jsm, FamilyState::Stale)
        };
        assert_eq!(plain_summary(&stale), "Jira Service Management: stale, never read: Atlassian is unavailable");
        assert_eq!(plain_summary(&FamilyReport::new(Family::Jira, FamilyState::NotOnSite)), "Jira: not on this site");
    }
}
