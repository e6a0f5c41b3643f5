//! OpenCL C frontend (see the crate description).
