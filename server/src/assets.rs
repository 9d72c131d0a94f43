//! The browser bundle (`pkg/`: wasm, JS glue, CSS, icons), read into memory at start-up with the
//! compressed copies the build made beside each file, and served under a versioned path
//! `/pkg/<content hash>/...` so that browsers may cache it for a year.

use std::{
    collections::HashMap,
    fmt::Write as _,
    fs, io,
    path::{Path, PathBuf},
    sync::Arc,
};

use axum::{
    body::{Body, Bytes},
    extract::{Path as UrlPath, State},
    response::{IntoResponse, Response},
};
use http::{HeaderMap, HeaderValue, StatusCode, header};
use sha2::{Digest, Sha256};

/// Files the hydrated page cannot do without.
const REQUIRED: [&str; 3] = ["frontend.js", "frontend_bg.wasm", "main.css"];

#[derive(Debug, thiserror::Error)]
pub enum AssetError {
    #[error(
        "no built web assets found (looked in {looked_in}); build them with `scripts/run.sh` or point UAM_SITE_ROOT at the folder that holds pkg/"
    )]
    NotFound { looked_in: String },
    #[error("the web assets in {root} are incomplete: {missing} is missing; rebuild them with `scripts/run.sh`")]
    Incomplete { root: PathBuf, missing: &'static str },
    #[error("cannot read the web assets in {path}: {source}")]
    Read { path: PathBuf, source: io::Error },
}

/// An encoding the build stored beside a file, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    const PRECOMPRESSED: [(Encoding, &'static str); 2] = [(Encoding::Brotli, "br"), (Encoding::Gzip, "gz")];

    fn token(self) -> &'static str {
        match self {
            Encoding::Brotli => "br",
            Encoding::Gzip => "gzip",
            Encoding::Identity => "identity",
        }
    }

    /// Whether an `Accept-Encoding` header admits this encoding (a `q=0` refuses it).
    fn accepted_by(self, accept_encoding: &str) -> bool {
        accept_encoding.split(',').any(|item| {
            let mut params = item.split(';');
            let name = params.next().unwrap_or_default().trim();
            let refused =
                params.any(|p| p.trim().strip_prefix("q=").and_then(|q| q.trim().parse::<f32>().ok()) == Some(0.0));
            name.eq_ignore_ascii_case(self.token()) && !refused
        })
    }
}

struct Asset {
    content_type: &'static str,
    /// The file as built, then its precompressed variants.
    variants: Vec<(Encoding, Bytes)>,
}

impl Asset {
    fn best_for(&self, accept_encoding: &str) -> (Encoding, Bytes) {
        self.variants
            .iter()
            .filter(|(encoding, _)| *encoding != Encoding::Identity)
            .find(|(encoding, _)| encoding.accepted_by(accept_encoding))
            .or_else(|| self.variants.iter().find(|(encoding, _)| *encoding == Encoding::Identity))
            .map(|(encoding, bytes)| (*encoding, bytes.clone()))
            .unwrap_or((Encoding::Identity, Bytes::new()))
    }
}

pub struct SiteAssets {
    root: PathBuf,
    version: String,
    files: HashMap<String, Asset>,
}

impl SiteAssets {
    /// The site folder to use: the configured one, else `site/` or `../site` beside the executable,
    /// so that the server finds its assets whatever the working directory.
    pub fn locate(configured: Option<&Path>) -> Result<PathBuf, AssetError> {
        let candidates: Vec<PathBuf> = match configured {
            Some(path) => vec![path.to_path_buf()],
            None => std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(Path::to_path_buf))
                .map(|dir| vec![dir.join("site"), dir.join("../site")])
                .unwrap_or_default(),
        };
        candidates.iter().find(|dir| dir.join("pkg").is_dir()).cloned().ok_or_else(|| AssetError::NotFound {
            looked_in: candidates.iter().map(|dir| dir.display().to_string()).collect::<Vec<_>>().join(", "),
        })
    }

    /// Reads `root/pkg` whole. An `index.html` (Trunk wrote one when it built the bundle) is
    /// skipped: the server renders every page.
    pub fn load(root: &Path) -> Result<SiteAssets, AssetError> {
        let pkg = root.join("pkg");
        let mut paths = Vec::new();
        collect_files(&pkg, &mut paths)?;
        paths.sort();

        let mut files = HashMap::new();
        let mut hasher = Sha256::new();
        for path in &paths {
            let name = path.strip_prefix(&pkg).unwrap_or(path).to_string_lossy().replace('\\', "/");
            let precompressed = Encoding::PRECOMPRESSED.iter().any(|(_, ext)| name.ends_with(&format!(".{ext}")));
            if precompressed || name == "index.html" {
                continue;
            }
            let identity = read(path)?;
            hasher.update(name.as_bytes());
            hasher.update(&identity);
            let mut variants = vec![(Encoding::Identity, Bytes::from(identity))];
            for (encoding, ext) in Encoding::PRECOMPRESSED {
                let sibling = PathBuf::from(format!("{}.{ext}", path.display()));
                if sibling.is_file() {
                    variants.push((encoding, Bytes::from(read(&sibling)?)));
                }
            }
            // Best encoding first, identity last, so `best_for` can stop at the first match.
            variants.sort_by_key(|(encoding, _)| {
                Encoding::PRECOMPRESSED.iter().position(|(e, _)| e == encoding).unwrap_or(usize::MAX)
            });
            files.insert(name.clone(), Asset { content_type: content_type(&name), variants });
        }
        if let Some(missing) = REQUIRED.into_iter().find(|name| !files.contains_key(*name)) {
            return Err(AssetError::Incomplete { root: root.to_path_buf(), missing });
        }
        let version = hasher.finalize().iter().take(6).fold(String::new(), |mut hex, byte| {
            let _ = write!(hex, "{byte:02x}");
            hex
        });
        Ok(SiteAssets { root: root.to_path_buf(), version, files })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Which wasm files each lazily loaded page needs (the build's `pages.json`): none in a build
    /// without it, whose pages then load their files as they are first shown.
    pub fn page_files(&self) -> HashMap<String, Vec<String>> {
        self.files
            .get("pages.json")
            .and_then(|asset| asset.variants.iter().find(|(encoding, _)| *encoding == Encoding::Identity))
            .and_then(|(_, bytes)| serde_json::from_slice(bytes).ok())
            .unwrap_or_default()
    }

    /// The URL folder of this build's assets, relative to the site root: `pkg/<hash>`.
    pub fn pkg_dir(&self) -> String {
        format!("pkg/{}", self.version)
    }

    fn response(&self, version: &str, name: &str, accept_encoding: &str) -> Response {
        let Some(asset) = self.files.get(name).filter(|_| version == self.version) else {
            // An old page asking for a previous build's file: never cache the miss.
            return (StatusCode::NOT_FOUND, [(header::CACHE_CONTROL, "no-store")]).into_response();
        };
        let (encoding, bytes) = asset.best_for(accept_encoding);
        let mut response = Response::new(Body::from(bytes));
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(asset.content_type));
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        if encoding != Encoding::Identity {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding.token()));
        }
        response
    }
}

pub async fn serve(
    State(assets): State<Arc<SiteAssets>>,
    UrlPath((version, name)): UrlPath<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let accept_encoding = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
    assets.response(&version, &name, accept_encoding)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), AssetError> {
    let entries = fs::read_dir(dir).map_err(|source| AssetError::Read { path: dir.to_path_buf(), source })?;
    for entry in entries {
        let path = entry.map_err(|source| AssetError::Read { path: dir.to_path_buf(), source })?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn read(path: &Path) -> Result<Vec<u8>, AssetError> {
    fs::read(path).map_err(|source| AssetError::Read { path: path.to_path_buf(), source })
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "woff2" => "font/woff2",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_brotli_then_gzip_and_honours_refusals() {
        assert!(Encoding::Brotli.accepted_by("gzip, deflate, br, zstd"));
        assert!(!Encoding::Brotli.accepted_by("gzip, br;q=0"));
        assert!(Encoding::Gzip.accepted_by("GZIP;q=0.5"));
        assert!(!Encoding::Gzip.accepted_by(""));
        assert!(!Encoding::Gzip.accepted_by("gzipx"));
    }

    #[test]
    fn picks_the_best_variant_the_client_accepts() {
        let asset = Asset {
            content_type: "application/wasm",
            variants: vec![
                (Encoding::Brotli, Bytes::from_static(b"b")),
                (Encoding::Gzip, Bytes::from_static(b"g")),
                (Encoding::Identity, Bytes::from_static(b"i")),
            ],
        };
        assert_eq!(asset.best_for("gzip, br").0, Encoding::Brotli);
        assert_eq!(asset.best_for("gzip").0, Encoding::Gzip);
        assert_eq!(asset.best_for("").0, Encoding::Identity);
        assert_eq!(&*asset.best_for("deflate").1, b"i");
    }

    #[test]
    fn types_by_extension() {
        assert_eq!(content_type("frontend_bg.wasm"), "application/wasm");
        assert_eq!(content_type("snippets/x/inline0.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("README"), "application/octet-stream");
    }
}
