namespace Pantau.Connectors.Abstractions;

/// <summary>
/// What a source can do with replies. Connectors without <see cref="IReplyConnector"/> cannot reply at all (agents then
/// "mark as answered elsewhere").
/// </summary>
/// <param name="Public">Replies can be posted in the public thread (<see cref="ReplyVisibility.Public"/>).</param>
/// <param name="Private">Replies can be sent as private messages to the customer (<see cref="ReplyVisibility.Private"/>).</param>
/// <param name="MaxLength">
/// The longest reply text, counted in Unicode scalar values (<see cref="System.Text.Rune"/>s: what
/// <c>text.EnumerateRunes().Count()</c> counts, and what a browser counts with <c>[...text].length</c>). A network that
/// counts otherwise (X weighs links and some emoji) refuses what it cannot take with a permanent <see cref="ReplyRejectedException"/>.
/// </param>
public sealed record ReplyCapabilities(bool Public, bool Private, int MaxLength)
{
    /// <summary>Whether a reply of this visibility can be sent.</summary>
    public bool Allows(ReplyVisibility visibility) => visibility switch
    {
        ReplyVisibility.Public => Public,
        ReplyVisibility.Private => Private,
        _ => false,
    };
}
