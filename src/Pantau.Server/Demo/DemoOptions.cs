using System.ComponentModel.DataAnnotations;

namespace Pantau.Server.Demo;

/// <summary>The demo workspace. Section <c>Demo</c>; switch off with <c>PANTAU_DEMO__ENABLED=false</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Create the demo workspace on first start and run demo sources.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Replay speed of the corpus for a newly created demo source: 20 plays six hours in 18 minutes; 0 is as fast as possible.</summary>
    [Range(0, 1_000_000)]
    public double Speed { get; set; } = Connectors.Demo.DemoSettings.DefaultSpeed;

    /// <summary>Start the corpus again when it ends (with new post ids), so the demo never runs dry.</summary>
    public bool Loop { get; set; } = true;
}
