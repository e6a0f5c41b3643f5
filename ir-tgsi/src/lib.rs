//! ir-tgsi (placeholder, being written).
