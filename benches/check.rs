//! Draft check speed: a 2,000-character reply against the built-in phrasebook (checker built once,
//! as the window keeps it).

use criterion::{Criterion, criterion_group, criterion_main};
use tactful::check::Checker;
use tactful::search::SearchIndex;
use tactful::store::{Seed, Store};

fn draft_of_2000_characters() -> String {
    let paragraph = "Hi Sam, thanks for getting back to us about order 4471. I had a look at the account and the \
        delivery notes. Honestly, that is not my department, so you will have to call billing about the refund. \
        You misread the invoice, it says so right there. We will update you when we know more. ";
    paragraph.repeat(2000 / paragraph.len() + 1).chars().take(2000).collect()
}

fn check(criterion: &mut Criterion) {
    let store = Store::open_in_memory(Seed::Builtin).expect("opens");
    let index =
        SearchIndex::build(store.phrases().expect("reads"), &store.situations().expect("reads"), tactful::model::now());
    let checker = Checker::new(&index);
    let draft = draft_of_2000_characters();
    criterion.bench_function("check/2000_chars", |bencher| {
        bencher.iter(|| checker.check(&index, &draft, Some("en")).findings.len());
    });
    criterion.bench_function("check/2000_chars_detect_language", |bencher| {
        bencher.iter(|| checker.check(&index, &draft, None).findings.len());
    });
    // Paid once per phrasebook change (the window rebuilds it after an edit or import).
    criterion.bench_function("check/build_checker", |bencher| bencher.iter(|| Checker::new(&index)));
}

criterion_group!(benches, check);
criterion_main!(benches);
