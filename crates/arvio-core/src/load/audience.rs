//! Lowering audiences and the record: who answers what, and which questions say who made the
//! assessment.

use super::*;

impl Lower<'_> {
    /// Reads an `audience` field; `inherit` when it is absent.
    pub(super) fn audience(&mut self, a: Option<&Spanned<String>>, inherit: Audience) -> Audience {
        let Some(a) = a else { return inherit };
        match a.get_ref().as_str() {
            "family" => Audience::Family,
            "child" => Audience::Child,
            "worker" => Audience::Worker,
            _ => {
                self.find(
                    a.span(),
                    FindingKind::Field("audience is `family`, `child` or `worker`".into()),
                );
                inherit
            }
        }
    }

    /// Reports each worker-only question that `c` (on something the family answers) reads.
    pub(super) fn check_reads_no_worker_answer(
        &mut self,
        c: &Condition,
        span: Range<usize>,
        group: Option<&BTreeMap<String, QInfo>>,
        what: &str,
    ) {
        for id in c.questions() {
            let info = group
                .and_then(|g| g.get(id))
                .or_else(|| self.earlier.get(id));
            if info.is_some_and(|i| i.audience == Audience::Worker) {
                self.find(
                    span.clone(),
                    FindingKind::ReadsWorkerAnswer {
                        what: what.to_string(),
                        question: id.to_string(),
                    },
                );
            }
        }
    }

    /// Lowers `[record]`: every id names a top-level question that takes an answer.
    pub(super) fn record(&mut self, r: RawRecord, form: &Form) -> Record {
        let check = |this: &mut Self, id: Spanned<String>| -> Option<String> {
            match form.question(id.get_ref()) {
                Some(q) if q.takes_answer() => Some(id.into_inner()),
                Some(_) => {
                    this.find(
                        id.span(),
                        FindingKind::Field(format!("record: `{}` takes no answer", id.get_ref())),
                    );
                    None
                }
                None => {
                    this.find(
                        id.span(),
                        FindingKind::UnknownQuestion(id.get_ref().clone()),
                    );
                    None
                }
            }
        };
        let assessor = r
            .assessor
            .into_iter()
            .filter_map(|id| check(self, id))
            .collect();
        let date = r.date.and_then(|id| check(self, id));
        let participants = r.participants.and_then(|id| check(self, id));
        Record {
            assessor,
            date,
            participants,
        }
    }
}
