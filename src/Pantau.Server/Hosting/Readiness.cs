namespace Pantau.Server.Hosting;

/// <summary>Set once start-up work (migrations, seeding, topic compilation) is done; <c>/readyz</c> reports it.</summary>
public sealed class Readiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    public Task WhenReady => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();
}
