namespace CccdPlatform.Domain.Forms;

/// <summary>Why a card is asked for. Names are stored and published: add new ones, never rename.</summary>
public enum RequestKind
{
    /// <summary>The citizen's first card.</summary>
    FirstIssue,

    /// <summary>The current card expires at 14, 25, 40 or 60 (needs the current card's issue date).</summary>
    Renewal,

    /// <summary>Lost or damaged, as recorded before the two were told apart; prefer <see cref="Lost"/> or <see cref="Damaged"/>.</summary>
    Replacement,

    /// <summary>An error on the current card.</summary>
    Correction,

    Lost,
    Damaged,

    /// <summary>Changed identity details (name, date of birth, sex, place of origin...).</summary>
    DetailsChanged,

    /// <summary>Asked for after an administrative-unit reorganisation changed the address on the card (free, not mandatory).</summary>
    UnitsReorganised,
}
