using Pantau.Server.Api;

namespace Pantau.Server.Care.Cases;

public enum CaseOutcomeKind
{
    Done,
    NotFound,
    Forbidden,
    Invalid,
    Conflict,
}

/// <summary>How a case command ended, for the API (as a problem) and the UI (as a message).</summary>
public sealed record CaseOutcome(CaseOutcomeKind Kind, string? Field = null, string? Message = null, long? EntryId = null)
{
    public static CaseOutcome Done(long? entryId = null) => new(CaseOutcomeKind.Done, EntryId: entryId);

    public static readonly CaseOutcome NotFound = new(CaseOutcomeKind.NotFound, Message: "The case was not found.");

    public static CaseOutcome Forbidden(string message) => new(CaseOutcomeKind.Forbidden, Message: message);

    public static CaseOutcome Invalid(string field, string message) => new(CaseOutcomeKind.Invalid, field, message);

    public static CaseOutcome Conflict(string message) => new(CaseOutcomeKind.Conflict, Message: message);

    public bool Succeeded => Kind == CaseOutcomeKind.Done;

    public IResult ToProblem() => Kind switch
    {
        CaseOutcomeKind.NotFound => ApiProblems.NotFound("The case"),
        CaseOutcomeKind.Forbidden => ApiProblems.Forbidden(Message ?? "Not allowed."),
        CaseOutcomeKind.Invalid => ApiProblems.Invalid(Field ?? "body", Message ?? "Invalid."),
        CaseOutcomeKind.Conflict => ApiProblems.Conflict(Field ?? "case", Message ?? "The case changed."),
        _ => TypedResults.NoContent(),
    };
}
