//! Field readers as forgiving as Atlassian's answers need: a field that is absent, `null` or of
//! an unexpected type reads as "not given" instead of failing the whole page, the way one odd
//! record must never stop a sync. Used with `#[serde(default, deserialize_with = "...")]`.

use std::{collections::BTreeMap, fmt, marker::PhantomData};

use serde::{
    Deserialize, Deserializer,
    de::{IgnoredAny, MapAccess, SeqAccess, Visitor},
};

/// One JSON value, kept only when it is a scalar.
enum Leaf {
    Text(String),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Flag(bool),
    /// `null`, a list or an object.
    Other,
}

struct LeafVisitor;

impl<'de> Visitor<'de> for LeafVisitor {
    type Value = Leaf;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E>(self, v: &str) -> Result<Leaf, E> {
        Ok(Leaf::Text(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Leaf, E> {
        Ok(Leaf::Text(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Leaf, E> {
        Ok(Leaf::Unsigned(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Leaf, E> {
        Ok(Leaf::Signed(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Leaf, E> {
        Ok(Leaf::Float(v))
    }

    fn visit_bool<E>(self, v: bool) -> Result<Leaf, E> {
        Ok(Leaf::Flag(v))
    }

    fn visit_unit<E>(self) -> Result<Leaf, E> {
        Ok(Leaf::Other)
    }

    fn visit_none<E>(self) -> Result<Leaf, E> {
        Ok(Leaf::Other)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Leaf, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Leaf::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Leaf, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Leaf::Other)
    }
}

impl<'de> Deserialize<'de> for Leaf {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Leaf, D::Error> {
        deserializer.deserialize_any(LeafVisitor)
    }
}

/// A string; anything else is not given.
pub fn text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match deserializer.deserialize_any(LeafVisitor)? {
        Leaf::Text(text) => Some(text),
        _ => None,
    })
}

/// A field Atlassian sends as a string or a number (ids, keys, names), as text.
pub fn scalar<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match deserializer.deserialize_any(LeafVisitor)? {
        Leaf::Text(text) => Some(text),
        Leaf::Unsigned(n) => Some(n.to_string()),
        Leaf::Signed(n) => Some(n.to_string()),
        Leaf::Float(n) => serde_json::Number::from_f64(n).map(|n| n.to_string()),
        Leaf::Flag(_) | Leaf::Other => None,
    })
}

pub fn flag<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<bool>, D::Error> {
    Ok(match deserializer.deserialize_any(LeafVisitor)? {
        Leaf::Flag(flag) => Some(flag),
        _ => None,
    })
}

/// A whole number of zero or more.
pub fn count<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    Ok(match deserializer.deserialize_any(LeafVisitor)? {
        Leaf::Unsigned(n) => Some(n),
        Leaf::Signed(n) => u64::try_from(n).ok(),
        _ => None,
    })
}

/// A whole number, negative ones included (Jira's `-1` for "unlimited").
pub fn number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    Ok(match deserializer.deserialize_any(LeafVisitor)? {
        Leaf::Unsigned(n) => i64::try_from(n).ok(),
        Leaf::Signed(n) => Some(n),
        _ => None,
    })
}

/// How a container reader takes a list and an object; any other value reads as empty.
trait Shape<'de>: Sized {
    type Out: Default;

    fn list<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Out, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Self::Out::default())
    }

    fn object<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Out, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Self::Out::default())
    }
}

/// A [`Shape`] as a visitor: scalars and `null` give the empty value.
struct OrEmpty<S>(S);

impl<'de, S: Shape<'de>> Visitor<'de> for OrEmpty<S> {
    type Value = S::Out;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<S::Out, A::Error> {
        self.0.list(seq)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<S::Out, A::Error> {
        self.0.object(map)
    }

    fn visit_str<E>(self, _: &str) -> Result<S::Out, E> {
        Ok(S::Out::default())
    }

    fn visit_u64<E>(self, _: u64) -> Result<S::Out, E> {
        Ok(S::Out::default())
    }

    fn visit_i64<E>(self, _: i64) -> Result<S::Out, E> {
        Ok(S::Out::default())
    }

    fn visit_f64<E>(self, _: f64) -> Result<S::Out, E> {
        Ok(S::Out::default())
    }

    fn visit_bool<E>(self, _: bool) -> Result<S::Out, E> {
        Ok(S::Out::default())
    }

    fn visit_unit<E>(self) -> Result<S::Out, E> {
        Ok(S::Out::default())
    }
}

/// The strings of a list (other items skipped); anything but a list is an empty one.
pub fn texts<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    struct Texts;
    impl<'de> Shape<'de> for Texts {
        type Out = Vec<String>;

        fn list<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
            let mut out = Vec::new();
            while let Some(item) = seq.next_element::<Leaf>()? {
                if let Leaf::Text(text) = item {
                    out.push(text);
                }
            }
            Ok(out)
        }
    }
    deserializer.deserialize_any(OrEmpty(Texts))
}

/// A list of records; `null` or a missing list is an empty one (other values fail: the records
/// are what the answer is for).
pub fn list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(<Option<Vec<T>>>::deserialize(deserializer)?.unwrap_or_default())
}

/// A list of records; anything but a list is an empty one.
pub fn items<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Items::deserialize(deserializer).map(|items| items.0)
}

/// A string, as a value of its own (for the values of a map): anything else is `None`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text(pub Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        text(deserializer).map(Text)
    }
}

/// An object's entries, in key order; anything but an object is an empty map.
pub fn map<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Entries<V>(PhantomData<V>);
    impl<'de, V: Deserialize<'de>> Shape<'de> for Entries<V> {
        type Out = BTreeMap<String, V>;

        fn object<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Out, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((key, value)) = map.next_entry::<String, V>()? {
                out.insert(key, value);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_any(OrEmpty(Entries(PhantomData)))
}

/// A bare list of records as a value of its own; anything but a list is an empty one.
#[derive(Debug)]
pub struct Items<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Items<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Items<T>, D::Error> {
        struct Records<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Shape<'de> for Records<T> {
            type Out = Vec<T>;

            fn list<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                // The hint comes from the answer: it sizes the list, within reason.
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4_096));
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(items)
            }
        }
        deserializer.deserialize_any(OrEmpty(Records(PhantomData))).map(Items)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use serde_json::json;

    use super::{Items, Text};

    #[derive(Deserialize, Default, Debug, PartialEq)]
    struct Sample {
        #[serde(default, deserialize_with = "super::text")]
        text: Option<String>,
        #[serde(default, deserialize_with = "super::scalar")]
        scalar: Option<String>,
        #[serde(default, deserialize_with = "super::flag")]
        flag: Option<bool>,
        #[serde(default, deserialize_with = "super::count")]
        count: Option<u64>,
        #[serde(default, deserialize_with = "super::number")]
        number: Option<i64>,
        #[serde(default, deserialize_with = "super::texts")]
        texts: Vec<String>,
    }

    fn read(value: serde_json::Value) -> Sample {
        serde_json::from_value(value).expect("sample")
    }

    #[test]
    fn odd_types_read_as_not_given() {
        assert_eq!(read(json!({})), Sample::default());
        let odd = json!({"text": 7, "scalar": {"a": [1]}, "flag": "yes", "count": -3, "number": 1.5, "texts": "x"});
        assert_eq!(read(odd), Sample::default());
        let nulls = json!({"text": null, "scalar": null, "flag": null, "count": null, "number": null, "texts": null});
        assert_eq!(read(nulls), Sample::default());
    }

    #[test]
    fn expected_types_are_kept() {
        let sample = read(json!({
            "text": "a", "scalar": 10002, "flag": false, "count": 12, "number": -1, "texts": ["x", 1, null, "y"]
        }));
        assert_eq!(
            sample,
            Sample {
                text: Some("a".into()),
                scalar: Some("10002".into()),
                flag: Some(false),
                count: Some(12),
                number: Some(-1),
                texts: vec!["x".into(), "y".into()],
            }
        );
        assert_eq!(read(json!({"scalar": "KEY"})).scalar.as_deref(), Some("KEY"));
    }

    /// Any JSON value: scalars, and lists and objects of them, a few levels deep.
    fn any_json() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(serde_json::Value::from),
            "\\PC{0,12}".prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                proptest::collection::btree_map("[a-z]{1,6}", inner, 0..4)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        /// Whatever Atlassian puts in a field, the record still reads: the field is given only
        /// when it has the expected type, and text is never invented.
        #[test]
        fn any_value_in_any_field_reads(text in any_json(), scalar in any_json(), flag in any_json(), count in any_json(), number in any_json(), texts in any_json()) {
            let sample = read(json!({
                "text": text.clone(), "scalar": scalar, "flag": flag.clone(), "count": count, "number": number, "texts": texts
            }));
            proptest::prop_assert_eq!(sample.text, text.as_str().map(str::to_owned));
            proptest::prop_assert_eq!(sample.flag, flag.as_bool());
            // A list of anything reads item by item; anything else is no items.
            let items: Items<Text> = serde_json::from_value(text.clone()).expect("items");
            proptest::prop_assert_eq!(items.0.len(), text.as_array().map_or(0, Vec::len));
        }
    }

    #[test]
    fn containers_of_another_shape_are_empty() {
        let items: Items<Text> = serde_json::from_value(json!(["a", 1])).expect("items");
        assert_eq!(items.0, [Text(Some("a".into())), Text(None)]);
        let items: Items<Text> = serde_json::from_value(json!({"errorMessages": ["x"]})).expect("items");
        assert!(items.0.is_empty());
        #[derive(Deserialize)]
        struct Roles(#[serde(deserialize_with = "super::map")] std::collections::BTreeMap<String, Text>);
        let roles: Roles = serde_json::from_value(json!({"b": "u2", "a": 3})).expect("roles");
        assert_eq!(
            roles.0.into_iter().collect::<Vec<_>>(),
            [("a".into(), Text(None)), ("b".into(), Text(Some("u2".into())))]
        );
        let none: Roles = serde_json::from_value(json!([1])).expect("roles");
        assert!(none.0.is_empty());
    }
}
