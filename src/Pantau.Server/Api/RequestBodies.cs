namespace Pantau.Server.Api;

/// <summary>Reads a request body into memory, but never more than a limit: reading stops as soon as it is passed.</summary>
public static class RequestBodies
{
    /// <returns>The body, or null when it is larger than <paramref name="limit"/> bytes (declared or sent).</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static IResult TooLarge(string what, long limit) =>
        TypedResults.Problem(title: $"{what} may be at most {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
