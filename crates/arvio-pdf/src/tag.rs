//! The logical structure of a PDF (tagged PDF, ISO 32000-1 §14.7-14.8, with PDF/UA-1 as
//! the aim): what a screen reader reads, in what order, and as what.
//!
//! The page writer ([`crate::layout::Writer`]) keeps a [`Tree`] while it draws: the drawing
//! code opens and closes structure elements (a heading, a paragraph, a table cell), and every
//! text the writer puts on a page becomes a marked-content sequence (`BDC /P <</MCID n>>` …
//! `EMC`, written through printpdf's `Op::BeginMarkedContentWithProperties`) that belongs to
//! the element open at that moment. Rules, boxes, the repeated table headers on continuation
//! pages and the page footers are marked as artifacts (`/Artifact BMC` … `EMC`), so that
//! every piece of content is either in the structure or declared page furniture.
//!
//! printpdf 0.12 writes marked content but no structure tree, so [`write`] adds that to the
//! `lopdf` document printpdf builds: the `StructTreeRoot` with one `StructElem` per element
//! (table headers with their `/Scope`, figures with their `/Alt`), the `ParentTree` that maps
//! every page's marked-content ids back to their elements, `/StructParents` on each page,
//! and in the catalog `/MarkInfo <</Marked true>>` and `/ViewerPreferences
//! <</DisplayDocTitle true>>`.

use crate::pdfa::text_string;
use lopdf::{Dictionary, Object, ObjectId};

/// A standard structure type (ISO 32000-1 §14.8.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The whole document (the root element).
    Document,
    /// A section of the document: a form's section with its heading and questions.
    Sect,
    /// The document's title.
    H1,
    /// A section heading.
    H2,
    /// A paragraph: a label, an answer, a note.
    P,
    /// A list (the options of a choice, the points of a scale).
    L,
    /// A list item.
    LI,
    /// A list item's label (the tick box's number, a scale point).
    Lbl,
    /// A list item's body (an option's text).
    LBody,
    /// A table.
    Table,
    /// A table row.
    TR,
    /// A table header cell (column header, or row header in a label/value table).
    TH(Scope),
    /// A table data cell.
    TD,
    /// A chart; its text alternative is the `/Alt` entry.
    Figure,
}

/// What a header cell heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The cells below it.
    Column,
    /// The cells beside it.
    Row,
}

impl Role {
    /// The structure type's name, also used as the marked-content tag.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Document => "Document",
            Role::Sect => "Sect",
            Role::H1 => "H1",
            Role::H2 => "H2",
            Role::P => "P",
            Role::L => "L",
            Role::LI => "LI",
            Role::Lbl => "Lbl",
            Role::LBody => "LBody",
            Role::Table => "Table",
            Role::TR => "TR",
            Role::TH(_) => "TH",
            Role::TD => "TD",
            Role::Figure => "Figure",
        }
    }

    /// Whether the role groups other elements rather than holding text itself: a text drawn
    /// while one of these is open gets a paragraph of its own.
    pub(crate) fn is_grouping(self) -> bool {
        matches!(
            self,
            Role::Document | Role::Sect | Role::L | Role::LI | Role::Table | Role::TR
        )
    }

    /// Whether an element of this role stays in the tree when it has no content: a table's
    /// cells keep its grid whole.
    fn kept_empty(self) -> bool {
        matches!(self, Role::TD | Role::TH(_) | Role::TR | Role::Table)
    }
}

/// An element's child: another element or a marked-content sequence on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kid {
    /// A child element (index into [`Tree::nodes`]).
    Elem(usize),
    /// Marked content `mcid` on page `page` (0-based).
    Content { page: usize, mcid: usize },
}

/// One structure element.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) role: Role,
    pub(crate) parent: usize,
    pub(crate) kids: Vec<Kid>,
    /// Alternative text (figures).
    pub(crate) alt: Option<String>,
}

/// The structure tree as the writer builds it. Node 0 is the `Document` element.
#[derive(Debug, Clone)]
pub(crate) struct Tree {
    pub(crate) nodes: Vec<Node>,
    /// The open elements, innermost last; never empty (the document stays open).
    open: Vec<usize>,
    /// Per page, the element each marked-content id belongs to (the parent tree).
    pub(crate) parents: Vec<Vec<usize>>,
}

impl Default for Tree {
    fn default() -> Self {
        Tree {
            nodes: vec![Node {
                role: Role::Document,
                parent: 0,
                kids: Vec::new(),
                alt: None,
            }],
            open: vec![0],
            parents: Vec::new(),
        }
    }
}

impl Tree {
    /// The innermost open element.
    pub(crate) fn current(&self) -> usize {
        self.open.last().copied().unwrap_or(0)
    }

    /// A new element under the innermost open one, not opened.
    pub(crate) fn child(&mut self, role: Role) -> usize {
        let parent = self.current();
        let id = self.nodes.len();
        self.nodes.push(Node {
            role,
            parent,
            kids: Vec::new(),
            alt: None,
        });
        self.nodes[parent].kids.push(Kid::Elem(id));
        id
    }

    /// Opens a new element under the innermost open one.
    pub(crate) fn open(&mut self, role: Role) -> usize {
        let id = self.child(role);
        self.open.push(id);
        id
    }

    /// Opens an element made earlier (a table cell whose text continues on the next page).
    pub(crate) fn enter(&mut self, id: usize) {
        self.open.push(id);
    }

    /// Closes the innermost open element (never the document).
    pub(crate) fn close(&mut self) {
        if self.open.len() > 1 {
            self.open.pop();
        }
    }

    /// Records a new marked-content sequence on `page` for element `node`; returns its id.
    pub(crate) fn content(&mut self, page: usize, node: usize) -> usize {
        if self.parents.len() <= page {
            self.parents.resize_with(page + 1, Vec::new);
        }
        let mcid = self.parents[page].len();
        self.parents[page].push(node);
        self.nodes[node].kids.push(Kid::Content { page, mcid });
        mcid
    }

    /// Whether an element holds content, itself or below it.
    fn has_content(&self, id: usize, memo: &mut [Option<bool>]) -> bool {
        if let Some(v) = memo[id] {
            return v;
        }
        let v = self.nodes[id].kids.iter().any(|k| match *k {
            Kid::Content { .. } => true,
            Kid::Elem(e) => self.has_content(e, memo),
        });
        memo[id] = Some(v);
        v
    }

    /// The elements that go into the file: those with content, and table parts.
    fn kept(&self) -> Vec<bool> {
        let mut memo = vec![None; self.nodes.len()];
        (0..self.nodes.len())
            .map(|i| i == 0 || self.nodes[i].role.kept_empty() || self.has_content(i, &mut memo))
            .collect()
    }
}

fn name(s: &str) -> Object {
    Object::Name(s.as_bytes().to_vec())
}

/// Writes the structure tree into the document printpdf built (pages in drawing order) and
/// marks the document as tagged.
pub(crate) fn write(doc: &mut lopdf::Document, tree: &Tree) -> lopdf::Result<()> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let kept = tree.kept();
    let root_id = doc.new_object_id();
    // One object per kept element.
    let ids: Vec<Option<ObjectId>> = kept
        .iter()
        .map(|&k| k.then(|| doc.new_object_id()))
        .collect();
    // The page an element is "on": its first marked content's page (none for an element that
    // holds only other elements: its kids name their own pages).
    let page_of: Vec<Option<usize>> = tree
        .nodes
        .iter()
        .map(|n| {
            n.kids.iter().find_map(|k| match *k {
                Kid::Content { page, .. } => Some(page),
                Kid::Elem(_) => None,
            })
        })
        .collect();
    for (i, n) in tree.nodes.iter().enumerate() {
        let Some(id) = ids[i] else { continue };
        let mut d = Dictionary::new();
        d.set("Type", name("StructElem"));
        d.set("S", name(n.role.name()));
        let parent = if i == 0 {
            root_id
        } else {
            ids[n.parent].unwrap_or(root_id)
        };
        d.set("P", Object::Reference(parent));
        let pg = page_of[i];
        if let Some(p) = pg.and_then(|p| pages.get(p)) {
            d.set("Pg", Object::Reference(*p));
        }
        let mut kids = Vec::with_capacity(n.kids.len());
        for k in &n.kids {
            match *k {
                Kid::Elem(e) => {
                    if let Some(eid) = ids[e] {
                        kids.push(Object::Reference(eid));
                    }
                }
                Kid::Content { page, mcid } if Some(page) == pg => {
                    kids.push(Object::Integer(mcid as i64));
                }
                Kid::Content { page, mcid } => {
                    let Some(p) = pages.get(page) else { continue };
                    kids.push(Object::Dictionary(Dictionary::from_iter(vec![
                        ("Type", name("MCR")),
                        ("Pg", Object::Reference(*p)),
                        ("MCID", Object::Integer(mcid as i64)),
                    ])));
                }
            }
        }
        d.set("K", Object::Array(kids));
        if let Role::TH(scope) = n.role {
            let scope = match scope {
                Scope::Column => "Column",
                Scope::Row => "Row",
            };
            d.set(
                "A",
                Object::Dictionary(Dictionary::from_iter(vec![
                    ("O", name("Table")),
                    ("Scope", name(scope)),
                ])),
            );
        }
        if let Some(alt) = &n.alt {
            d.set("Alt", text_string(alt));
        }
        doc.objects.insert(id, Object::Dictionary(d));
    }

    // The parent tree: per page, the element of each marked-content id.
    let mut nums = Vec::new();
    for (p, page_id) in pages.iter().enumerate() {
        let elems: Vec<Object> = tree
            .parents
            .get(p)
            .map(|v| {
                v.iter()
                    .map(|&n| ids[n].map_or(Object::Null, Object::Reference))
                    .collect()
            })
            .unwrap_or_default();
        let arr = doc.add_object(Object::Array(elems));
        nums.push(Object::Integer(p as i64));
        nums.push(Object::Reference(arr));
        if let Ok(page) = doc.get_object_mut(*page_id).and_then(Object::as_dict_mut) {
            page.set("StructParents", Object::Integer(p as i64));
            page.set("Tabs", name("S"));
        }
    }
    let parent_tree = Dictionary::from_iter(vec![("Nums", Object::Array(nums))]);
    let mut root = Dictionary::new();
    root.set("Type", name("StructTreeRoot"));
    if let Some(doc_elem) = ids[0] {
        root.set("K", Object::Reference(doc_elem));
    }
    root.set("ParentTree", Object::Dictionary(parent_tree));
    root.set("ParentTreeNextKey", Object::Integer(pages.len() as i64));
    doc.objects.insert(root_id, Object::Dictionary(root));

    let catalog_id = doc.trailer.get(b"Root").and_then(Object::as_reference)?;
    let catalog = doc
        .get_object_mut(catalog_id)
        .and_then(Object::as_dict_mut)?;
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    catalog.set(
        "MarkInfo",
        Object::Dictionary(Dictionary::from_iter(vec![(
            "Marked",
            Object::Boolean(true),
        )])),
    );
    catalog.set(
        "ViewerPreferences",
        Object::Dictionary(Dictionary::from_iter(vec![(
            "DisplayDocTitle",
            Object::Boolean(true),
        )])),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_in_a_grouping_element_and_empty_elements() {
        let mut t = Tree::default();
        let sect = t.open(Role::Sect);
        let h = t.open(Role::H2);
        assert_eq!(t.content(0, h), 0);
        t.close();
        let empty = t.open(Role::P);
        t.close();
        let table = t.open(Role::Table);
        let tr = t.open(Role::TR);
        let td = t.child(Role::TD);
        t.close();
        t.close();
        t.close();
        assert_eq!(t.current(), 0);
        t.close();
        assert_eq!(t.current(), 0, "the document stays open");
        let kept = t.kept();
        assert!(kept[sect] && kept[h]);
        assert!(!kept[empty], "an empty paragraph is left out");
        assert!(
            kept[table] && kept[tr] && kept[td],
            "a table keeps its grid"
        );
        assert_eq!(t.content(1, h), 0, "ids count per page");
        assert_eq!(t.content(1, sect), 1);
        assert_eq!(t.parents, vec![vec![h], vec![h, sect]]);
    }
}
