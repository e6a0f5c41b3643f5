//! ir-llvm (placeholder, being written).
