//! When to poll a followed URL next. Each wait is the interval plus or minus a random share of
//! it, so 300 laptops that all opened at nine o'clock do not ask the server in the same second
//! for the rest of the day.

use std::hash::{BuildHasher, RandomState};
use std::time::Duration;

/// The polling interval and how far each wait may stray from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollSchedule {
    /// The average wait between polls.
    pub interval: Duration,
    /// The largest share of `interval`, in percent, a wait moves away from it either way.
    pub jitter_percent: u32,
}

impl Default for PollSchedule {
    /// Five minutes, give or take one: a changed phrase reaches everyone within six minutes, and
    /// 300 agents cost one request a second (almost all `304`s; see docs/teams.md).
    fn default() -> Self {
        Self { interval: Duration::from_secs(300), jitter_percent: 20 }
    }
}

impl PollSchedule {
    /// The next wait: `interval` moved by a random amount within the jitter.
    pub fn next_wait(&self) -> Duration {
        // A fresh `RandomState` is seeded from the operating system's randomness; hashing nothing
        // with it is a cheap random number without another dependency.
        self.wait_for(RandomState::new().hash_one(()))
    }

    /// The wait for a given random number (so tests can check the bounds).
    pub fn wait_for(&self, random: u64) -> Duration {
        let spread = self.interval.as_millis() as u64 * u64::from(self.jitter_percent.min(100)) / 100;
        if spread == 0 {
            return self.interval;
        }
        let offset = random % (2 * spread + 1);
        (self.interval + Duration::from_millis(offset)).saturating_sub(Duration::from_millis(spread))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_stay_within_the_jitter_either_side() {
        let schedule = PollSchedule::default();
        let shortest = Duration::from_secs(240);
        let longest = Duration::from_secs(360);
        assert_eq!(schedule.wait_for(0), shortest);
        assert_eq!(schedule.wait_for(2 * 60_000), longest);
        for random in [1, 7, 59_999, 60_000, u64::MAX] {
            let wait = schedule.wait_for(random);
            assert!(wait >= shortest && wait <= longest, "{wait:?}");
        }
    }

    #[test]
    fn waits_differ_between_subscribers() {
        let schedule = PollSchedule::default();
        let waits: std::collections::HashSet<Duration> = (0..20).map(|_| schedule.next_wait()).collect();
        assert!(waits.len() > 1, "twenty subscribers all drew {waits:?}");
    }

    #[test]
    fn no_jitter_is_the_interval() {
        let schedule = PollSchedule { interval: Duration::from_secs(60), jitter_percent: 0 };
        assert_eq!(schedule.wait_for(12345), Duration::from_secs(60));
    }
}
