//! parse → print → parse must round-trip; validate and a short interpreter run must not panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        ir_tgsi::fuzz_oracle::assert_round_trip(s);
    }
});
