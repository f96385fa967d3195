//! Conditions as boolean formulas over JSON Schema atoms.
//!
//! A form condition becomes a [`Pred`]: a formula whose atoms are subschemas over either the
//! `answers` object ([`Atom::Top`]) or one group row ([`Atom::Row`]). A formula over one kind of
//! atom turns into a subschema directly ([`Pred::to_schema`]); a row rule that also tests
//! top-level answers is split by the values of its top-level atoms ([`Pred::top_atoms`],
//! [`Pred::assign`]), since a row's subschema cannot see the rest of the response.

use serde_json::{Value, json};

/// A subschema tested against one object.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Atom {
    /// Tested against the `answers` object.
    Top(Value),
    /// Tested against a group row.
    Row(Value),
}

/// A boolean formula over atoms.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Pred {
    /// Always true or always false.
    Const(bool),
    /// A subschema.
    Atom(Atom),
    /// All hold.
    And(Vec<Pred>),
    /// One holds.
    Or(Vec<Pred>),
    /// Does not hold.
    Not(Box<Pred>),
}

impl Pred {
    pub(crate) fn top(v: Value) -> Pred {
        Pred::Atom(Atom::Top(v))
    }

    pub(crate) fn row(v: Value) -> Pred {
        Pred::Atom(Atom::Row(v))
    }

    /// Conjunction, simplified.
    pub(crate) fn and(parts: Vec<Pred>) -> Pred {
        let mut out = Vec::new();
        for p in parts {
            match p {
                Pred::Const(true) => {}
                Pred::Const(false) => return Pred::Const(false),
                Pred::And(inner) => out.extend(inner),
                p => out.push(p),
            }
        }
        match out.len() {
            0 => Pred::Const(true),
            1 => out.pop().unwrap_or(Pred::Const(true)),
            _ => Pred::And(out),
        }
    }

    /// Disjunction, simplified.
    pub(crate) fn or(parts: Vec<Pred>) -> Pred {
        let mut out = Vec::new();
        for p in parts {
            match p {
                Pred::Const(false) => {}
                Pred::Const(true) => return Pred::Const(true),
                Pred::Or(inner) => out.extend(inner),
                p => out.push(p),
            }
        }
        match out.len() {
            0 => Pred::Const(false),
            1 => out.pop().unwrap_or(Pred::Const(false)),
            _ => Pred::Or(out),
        }
    }

    /// Negation, simplified.
    #[allow(clippy::should_implement_trait)]
    pub(crate) fn not(p: Pred) -> Pred {
        match p {
            Pred::Const(b) => Pred::Const(!b),
            Pred::Not(inner) => *inner,
            p => Pred::Not(Box::new(p)),
        }
    }

    /// The distinct top-level atoms, in order of first appearance.
    pub(crate) fn top_atoms(&self) -> Vec<Value> {
        fn walk(p: &Pred, out: &mut Vec<Value>) {
            match p {
                Pred::Const(_) | Pred::Atom(Atom::Row(_)) => {}
                Pred::Atom(Atom::Top(v)) => {
                    if !out.contains(v) {
                        out.push(v.clone());
                    }
                }
                Pred::And(ps) | Pred::Or(ps) => ps.iter().for_each(|p| walk(p, out)),
                Pred::Not(p) => walk(p, out),
            }
        }
        let mut out = Vec::new();
        walk(self, &mut out);
        out
    }

    /// The formula with each top-level atom replaced by its truth value in `values`
    /// (parallel to `atoms`), simplified.
    pub(crate) fn assign(&self, atoms: &[Value], values: &[bool]) -> Pred {
        match self {
            Pred::Const(b) => Pred::Const(*b),
            Pred::Atom(Atom::Top(v)) => match atoms.iter().position(|a| a == v) {
                Some(i) => Pred::Const(values[i]),
                None => self.clone(),
            },
            Pred::Atom(Atom::Row(_)) => self.clone(),
            Pred::And(ps) => Pred::and(ps.iter().map(|p| p.assign(atoms, values)).collect()),
            Pred::Or(ps) => Pred::or(ps.iter().map(|p| p.assign(atoms, values)).collect()),
            Pred::Not(p) => Pred::not(p.assign(atoms, values)),
        }
    }

    /// The formula as one subschema (atoms of both kinds are used as they are: call it on
    /// formulas over one kind of atom).
    pub(crate) fn to_schema(&self) -> Value {
        match self {
            Pred::Const(b) => Value::Bool(*b),
            Pred::Atom(Atom::Top(v) | Atom::Row(v)) => v.clone(),
            Pred::And(ps) => json!({ "allOf": ps.iter().map(Pred::to_schema).collect::<Vec<_>>() }),
            Pred::Or(ps) => json!({ "anyOf": ps.iter().map(Pred::to_schema).collect::<Vec<_>>() }),
            Pred::Not(p) => json!({ "not": p.to_schema() }),
        }
    }
}

/// The subschema that holds when the atoms take exactly `values`.
pub(crate) fn guard(atoms: &[Value], values: &[bool]) -> Value {
    let parts: Vec<Pred> = atoms
        .iter()
        .zip(values)
        .map(|(a, &v)| {
            let p = Pred::top(a.clone());
            if v { p } else { Pred::not(p) }
        })
        .collect();
    Pred::and(parts).to_schema()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplification() {
        let a = Pred::top(json!({"required": ["a"]}));
        assert_eq!(Pred::and(vec![Pred::Const(true), a.clone()]), a);
        assert_eq!(
            Pred::and(vec![Pred::Const(false), a.clone()]),
            Pred::Const(false)
        );
        assert_eq!(
            Pred::or(vec![Pred::Const(true), a.clone()]),
            Pred::Const(true)
        );
        assert_eq!(Pred::or(vec![]), Pred::Const(false));
        assert_eq!(Pred::not(Pred::not(a.clone())), a);
    }

    #[test]
    fn assignment_replaces_top_atoms_only() {
        let t = json!({"required": ["t"]});
        let r = json!({"required": ["r"]});
        let p = Pred::and(vec![Pred::top(t.clone()), Pred::row(r.clone())]);
        assert_eq!(p.top_atoms(), vec![t.clone()]);
        assert_eq!(
            p.assign(std::slice::from_ref(&t), &[true]),
            Pred::row(r.clone())
        );
        assert_eq!(p.assign(&[t], &[false]), Pred::Const(false));
        assert_eq!(
            guard(&[json!(true), json!(false)], &[true, false]),
            json!({"allOf": [true, {"not": false}]})
        );
    }
}
