//! backend-llvm-tgsi (placeholder, being written).
