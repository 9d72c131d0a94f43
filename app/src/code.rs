//! Stable codes of the enums the server stores and the browser sends: each enum derives its code
//! with strum's `IntoStaticStr` (the same snake_case name serde gives it), parsing with
//! `EnumString` and the list of its values with `VariantArray`. This trait names the code the same
//! way for all of them, so no enum spells its codes out by hand.

/// The code of a value: what the database stores, the wire carries and translation ids are built
/// from. Implemented for every enum that derives `strum::IntoStaticStr`.
pub trait Code {
    fn code(&self) -> &'static str;
}

impl<T> Code for T
where
    for<'a> &'a T: Into<&'static str>,
{
    fn code(&self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests {
    use strum::{EnumString, IntoStaticStr, VariantArray};

    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq, IntoStaticStr, EnumString, VariantArray)]
    #[strum(serialize_all = "snake_case")]
    enum Sample {
        OneWord,
        #[strum(serialize = "other")]
        Renamed,
    }

    #[test]
    fn codes_come_from_the_derive_and_parse_back() {
        assert_eq!(Sample::OneWord.code(), "one_word");
        assert_eq!(Sample::Renamed.code(), "other");
        for value in Sample::VARIANTS {
            assert_eq!(value.code().parse::<Sample>().ok(), Some(*value));
        }
        assert!("One_Word".parse::<Sample>().is_err(), "codes are exact");
    }
}
