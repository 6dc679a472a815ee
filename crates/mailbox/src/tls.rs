//! The certificates we trust: the public web roots, plus a private CA when the site runs its
//! own (and the test fixture's throwaway CA). One crypto provider (ring) for the whole app.

use std::sync::Arc;

use anyhow::Context;
use rustls::pki_types::{pem::PemObject, CertificateDer};

#[derive(Clone, Default)]
pub struct TlsRoots {
    /// Extra CA certificates (PEM), beside the built-in web roots.
    extra_pem: Vec<Vec<u8>>,
}

impl std::fmt::Debug for TlsRoots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TlsRoots(web roots + {} extra)", self.extra_pem.len())
    }
}

impl TlsRoots {
    pub fn with_ca_pem(mut self, pem: Vec<u8>) -> Self {
        self.extra_pem.push(pem);
        self
    }

    /// The extra CAs as PEM, for lettre (which builds its own rustls config).
    pub fn extra_pem(&self) -> &[Vec<u8>] {
        &self.extra_pem
    }

    pub fn client_config(&self) -> anyhow::Result<Arc<rustls::ClientConfig>> {
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        for pem in &self.extra_pem {
            for cert in CertificateDer::pem_slice_iter(pem) {
                roots
                    .add(cert.context("reading a CA certificate (PEM)")?)
                    .context("adding a CA certificate")?;
            }
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .context("TLS protocol versions")?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Arc::new(config))
    }
}
