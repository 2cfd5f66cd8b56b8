namespace Pantau.Server.Api;

/// <summary>RFC 7807 answers that name what was wrong.</summary>
public static class ApiProblems
{
    public static IResult Invalid(string field, string message, IDictionary<string, object?>? extensions = null) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: $"'{field}' is not valid", extensions: extensions);

    public static IResult NotFound(string what) =>
        TypedResults.Problem(title: $"{what} was not found", statusCode: StatusCodes.Status404NotFound);

    public static IResult Conflict(string field, string message) =>
        TypedResults.Problem(title: message, statusCode: StatusCodes.Status409Conflict, extensions: new Dictionary<string, object?> { ["field"] = field });

    public static IResult Forbidden(string message) =>
        TypedResults.Problem(title: message, statusCode: StatusCodes.Status403Forbidden);
}
