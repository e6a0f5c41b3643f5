//! backend-tgsi-ptx (placeholder, being written).
