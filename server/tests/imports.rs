//! Imports point one way. Among the sibling modules of any parent (a crate's top-level modules,
//! the files of one folder), the references `crate::…`, `super::…` and `self::…` make a graph
//! that must have no cycle, in `server`, `app` and `simulator`. A child may use its parent and a
//! parent its children (that is what a module is); siblings may not lean on each other both ways.
//!
//! Paths are read with `syn`, so `use` groups, paths in expressions and types, and inline modules
//! all count. A name a module imports and its children reach through `super::` is followed to
//! where it really lives, so a re-export cannot hide an edge. Test code (`#[cfg(test)]`) is left
//! out: tests may reach anywhere.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    path::{Path, PathBuf},
};

use syn::visit::Visit;

type ModPath = Vec<String>;

/// One reference from a module to a path in the same crate.
struct Reference {
    from: ModPath,
    to: ModPath,
    at: String,
}

/// What the crate's files hold: its modules, the names each imports, and every reference.
#[derive(Default)]
struct Crate {
    modules: BTreeSet<ModPath>,
    /// `module -> name -> the absolute path it was imported from`.
    imports: HashMap<ModPath, HashMap<String, ModPath>>,
    references: Vec<Reference>,
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg") && attr.meta.require_list().is_ok_and(|list| list.tokens.to_string() == "test")
    })
}

/// Makes a path that starts with `crate`, `super` or `self` absolute (`None` for other crates).
fn absolute(module: &[String], segments: &[String]) -> Option<ModPath> {
    let mut base: ModPath = module.to_vec();
    let mut rest = segments;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        Some("self") => rest = &rest[1..],
        _ => return None,
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

struct Reader<'a> {
    krate: &'a mut Crate,
    module: ModPath,
    file: String,
}

impl Reader<'_> {
    fn reference(&mut self, segments: &[String], line: usize) {
        if let Some(to) = absolute(&self.module, segments) {
            let at = format!("{}:{line}", self.file);
            self.krate.references.push(Reference { from: self.module.clone(), to, at });
        }
    }

    /// Records every path a `use` tree names, and the names it brings into this module.
    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) => self.imported(prefix, &name.ident, &name.ident),
            syn::UseTree::Rename(rename) => self.imported(prefix, &rename.ident, &rename.rename),
            syn::UseTree::Glob(glob) => self.reference(prefix, glob.star_token.spans[0].start().line),
            syn::UseTree::Group(group) => group.items.iter().for_each(|tree| self.use_tree(prefix, tree)),
        }
    }

    fn imported(&mut self, prefix: &[String], ident: &syn::Ident, alias: &syn::Ident) {
        let mut segments = prefix.to_vec();
        if ident != "self" {
            segments.push(ident.to_string());
        }
        self.reference(&segments, ident.span().start().line);
        if let Some(target) = absolute(&self.module, &segments) {
            let name = if ident == "self" { prefix.last().cloned().unwrap_or_default() } else { alias.to_string() };
            self.krate.imports.entry(self.module.clone()).or_default().insert(name, target);
        }
    }
}

impl<'ast> Visit<'ast> for Reader<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Mod(m) => &m.attrs,
            syn::Item::Fn(f) => &f.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Use(u) => &u.attrs,
            syn::Item::Const(c) => &c.attrs,
            syn::Item::Static(s) => &s.attrs,
            syn::Item::Struct(s) => &s.attrs,
            syn::Item::Enum(e) => &e.attrs,
            syn::Item::Trait(t) => &t.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if !is_test_only(attrs) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        let mut inner = self.module.clone();
        inner.push(item.ident.to_string());
        self.krate.modules.insert(inner.clone());
        if let Some((_, items)) = &item.content {
            let outer = std::mem::replace(&mut self.module, inner);
            items.iter().for_each(|item| self.visit_item(item));
            self.module = outer;
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if let Some(first) = path.segments.first() {
            self.reference(&segments, first.ident.span().start().line);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        // Paths inside macro calls (`view!`, `format!`, `matches!`) are tokens, not syntax: read
        // any `crate::a::b` / `super::a` runs out of them.
        fn flatten(tokens: proc_macro2::TokenStream, out: &mut Vec<String>) {
            for token in tokens {
                match token {
                    proc_macro2::TokenTree::Group(group) => flatten(group.stream(), out),
                    other => out.push(other.to_string()),
                }
            }
        }
        let mut tokens = Vec::new();
        flatten(mac.tokens.clone(), &mut tokens);
        let line = mac.path.segments.first().map_or(0, |s| s.ident.span().start().line);
        for (start, token) in tokens.iter().enumerate() {
            if !matches!(token.as_str(), "crate" | "super") || (start > 0 && tokens[start - 1] == ":") {
                continue;
            }
            let mut segments = vec![token.clone()];
            let mut at = start + 1;
            while tokens.get(at).is_some_and(|t| t == ":") {
                match tokens.get(at + 2) {
                    Some(next) if next.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                        segments.push(next.clone());
                        at += 3;
                    }
                    _ => break,
                }
            }
            if segments.len() > 1 {
                self.reference(&segments, line);
            }
        }
        syn::visit::visit_macro(self, mac);
    }
}

fn module_of(root: &Path, file: &Path) -> ModPath {
    let relative = file.strip_prefix(root).expect("file under its root").with_extension("");
    let mut parts: ModPath = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn read_crate(root: &Path) -> Crate {
    let mut krate = Crate::default();
    let mut files = Vec::new();
    rust_files(root, &mut files);
    files.sort();
    for file in files {
        // `main.rs` beside `lib.rs` is another crate (the binary); it reaches the library by name.
        if file.file_name().is_some_and(|n| n == "main.rs") && root.join("lib.rs").exists() {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("readable source file");
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
        let module = module_of(root, &file);
        krate.modules.insert(module.clone());
        let shown = file.strip_prefix(root.parent().expect("crate folder")).unwrap_or(&file).display().to_string();
        let mut reader = Reader { krate: &mut krate, module, file: shown };
        parsed.items.iter().for_each(|item| reader.visit_item(item));
    }
    krate
}

impl Crate {
    /// Follows imported names to where they live, so `super::Thing` that a parent imported from
    /// a sibling counts as a reference to that sibling.
    fn resolve(&self, path: &[String]) -> ModPath {
        let mut path = path.to_vec();
        for _ in 0..8 {
            let Some(split) = (1..=path.len()).rev().find(|&n| self.modules.contains(&path[..n - 1])) else {
                break;
            };
            let module = path[..split - 1].to_vec();
            let name = &path[split - 1];
            if self.modules.contains(&path[..split]) {
                break;
            }
            match self.imports.get(&module).and_then(|names| names.get(name)) {
                Some(target) if target.as_slice() != &path[..split] => {
                    let mut next = target.clone();
                    next.extend(path[split..].iter().cloned());
                    path = next;
                }
                _ => break,
            }
        }
        path
    }

    /// Sibling edges: `parent -> (from child -> to child -> where)`.
    fn edges(&self) -> BTreeMap<ModPath, BTreeMap<String, BTreeMap<String, String>>> {
        let mut edges: BTreeMap<ModPath, BTreeMap<String, BTreeMap<String, String>>> = BTreeMap::new();
        for reference in &self.references {
            let to = self.resolve(&reference.to);
            let common = reference.from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if common >= reference.from.len() || common >= to.len() {
                continue; // a module and its ancestor or descendant
            }
            let parent = reference.from[..common].to_vec();
            let mut target = parent.clone();
            target.push(to[common].clone());
            if !self.modules.contains(&target) {
                continue; // an item of the common ancestor, not a sibling module
            }
            edges
                .entry(parent)
                .or_default()
                .entry(reference.from[common].clone())
                .or_default()
                .entry(to[common].clone())
                .or_insert_with(|| reference.at.clone());
        }
        edges
    }
}

/// The strongly connected groups of more than one module (Tarjan).
fn cycles(graph: &BTreeMap<String, BTreeMap<String, String>>) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<String, BTreeMap<String, String>>,
        index: HashMap<&'g str, usize>,
        low: HashMap<&'g str, usize>,
        stack: Vec<&'g str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(state: &mut State<'g>, node: &'g str) {
        let n = state.index.len();
        state.index.insert(node, n);
        state.low.insert(node, n);
        state.stack.push(node);
        for next in state.graph.get(node).into_iter().flat_map(|m| m.keys()) {
            if !state.index.contains_key(next.as_str()) {
                visit(state, next);
                let low = state.low[next.as_str()].min(state.low[node]);
                state.low.insert(node, low);
            } else if state.stack.contains(&next.as_str()) {
                let low = state.index[next.as_str()].min(state.low[node]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut group = Vec::new();
            while let Some(member) = state.stack.pop() {
                group.push(member.to_owned());
                if member == node {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                state.found.push(group);
            }
        }
    }
    let mut state = State { graph, index: HashMap::new(), low: HashMap::new(), stack: Vec::new(), found: Vec::new() };
    for node in graph.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.found
}

/// Every cycle in the crate, each with the references that close it (file:line), for the message.
fn import_cycles(src: &Path) -> Vec<String> {
    let krate = read_crate(src);
    let mut report = Vec::new();
    for (parent, graph) in krate.edges() {
        for group in cycles(&graph) {
            let within: Vec<String> = group
                .iter()
                .flat_map(|from| {
                    graph[from]
                        .iter()
                        .filter(|(to, _)| group.contains(to))
                        .map(move |(to, at)| format!("    {from} -> {to} ({at})"))
                })
                .collect();
            let place = if parent.is_empty() { "the crate root".to_owned() } else { parent.join("::") };
            report.push(format!("in {place}: {}\n{}", group.join(", "), within.join("\n")));
        }
    }
    report
}

fn source(krate: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(krate).join("src")
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let report: Vec<String> = ["server", "app", "simulator"]
        .into_iter()
        .flat_map(|krate| import_cycles(&source(krate)).into_iter().map(move |c| format!("{krate}: {c}")))
        .collect();
    assert!(report.is_empty(), "import cycles among sibling modules:\n{}", report.join("\n"));
}

/// The checker itself finds a cycle, through a re-export and through a macro call.
#[test]
fn a_cycle_is_found() {
    let dir = std::env::temp_dir().join(format!("uam-imports-{}", std::process::id()));
    let src = dir.join("src");
    std::fs::create_dir_all(src.join("b")).expect("temp folder");
    std::fs::write(src.join("lib.rs"), "mod a; mod b; mod c;").expect("lib.rs");
    std::fs::write(src.join("a.rs"), "pub fn f() { crate::b::g(); }").expect("a.rs");
    std::fs::write(src.join("b/mod.rs"), "mod inner; pub use inner::g;").expect("b/mod.rs");
    std::fs::write(src.join("b/inner.rs"), "pub fn g() {}\npub fn h() { println!(\"{}\", crate::c::k()); }")
        .expect("b/inner.rs");
    std::fs::write(src.join("c.rs"), "use crate::{a::f as other};\npub fn k() -> u8 { other(); 1 }").expect("c.rs");
    let report = import_cycles(&src);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(report.len(), 1, "{report:?}");
    assert!(report[0].starts_with("in the crate root: a, b, c"), "{}", report[0]);
}
