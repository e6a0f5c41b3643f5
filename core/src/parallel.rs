//! A small scoped thread pool: independent jobs over a slice, answers in order.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The machine's cores, between 1 and `at_most`.
pub fn cores(at_most: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, at_most.max(1))
}

/// `f(index, item)` for every item, on up to `threads` threads, the answers in `items`' order.
/// A job that panics takes the caller down with it, as a call in a loop would.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(usize, &T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().enumerate().map(|(i, t)| f(i, t)).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(i, item);
                *slots[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
            });
        }
    });
    slots
        .into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(|p| p.into_inner())
                .unwrap_or_else(|| unreachable!("every job answers once the scope has joined"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_come_in_order_whatever_the_threads() {
        let items: Vec<u64> = (0..100).collect();
        for threads in [0, 1, 3, 16, 500] {
            let got = map(&items, threads, |i, &x| {
                // Uneven work, so that the jobs finish out of order.
                std::thread::sleep(std::time::Duration::from_micros((x * 37) % 200));
                (i as u64, x * x)
            });
            let want: Vec<(u64, u64)> = items.iter().map(|&x| (x, x * x)).collect();
            assert_eq!(got, want, "{threads} threads");
        }
        assert!(map(&[] as &[u8], 4, |_, _| 0).is_empty());
        assert!((1..=4).contains(&cores(4)));
    }
}
