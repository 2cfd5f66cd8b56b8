namespace Pantau.Core.Care;

/// <summary>Why two contacts look like one person, strongest first in <see cref="ContactSuggestions.For"/>: e-mail, then a link in a bio, then name and avatar.</summary>
public enum SuggestionReason
{
    SameEmail,
    SameNameAndAvatar,
    LinkInBio,
}
