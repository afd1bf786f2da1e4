<#
.SYNOPSIS
    Makes Qspace Kiosk the shell of a dedicated local account with Shell Launcher v2.

.DESCRIPTION
    Windows 10/11 Enterprise or Education. Run as SYSTEM (the MDM WMI bridge refuses
    administrators), for example from an elevated prompt:

        psexec.exe -i -s powershell.exe -ExecutionPolicy Bypass -File apply-shell-launcher.ps1

    or deploy shell-launcher.xml through Intune (AssignedAccess CSP, ShellLauncher node).
    The script: enables the Shell Launcher feature, creates the local account "qspace-kiosk"
    when missing (a password is asked for), applies shell-launcher.xml and shows the result.
    -Remove takes the configuration off again (the account gets Explorer back).
    Sign in as qspace-kiosk (or set up automatic sign-in) and the kiosk is the whole desktop;
    whenever it exits, Shell Launcher starts it again.
#>
[CmdletBinding()]
param(
    [string]$ConfigFile = (Join-Path $PSScriptRoot "shell-launcher.xml"),
    [string]$Account = "qspace-kiosk",
    [switch]$Remove
)
$ErrorActionPreference = "Stop"

$feature = Get-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher
if ($feature.State -ne "Enabled") {
    Write-Host "Enabling the Shell Launcher feature (a restart may be needed afterwards)..."
    Enable-WindowsOptionalFeature -Online -FeatureName Client-EmbeddedShellLauncher -All -NoRestart | Out-Null
}

if (-not $Remove -and -not (Get-LocalUser -Name $Account -ErrorAction SilentlyContinue)) {
    $password = Read-Host -AsSecureString "Password for the new local account $Account"
    New-LocalUser -Name $Account -Password $password -FullName "Qspace Kiosk" `
        -Description "Runs Qspace Kiosk as its shell" -PasswordNeverExpires -UserMayNotChangePassword | Out-Null
    Add-LocalGroupMember -Group "Users" -Member $Account
    Write-Host "Created the local account $Account."
}

$bridge = Get-CimInstance -Namespace "root\cimv2\mdm\dmmap" -ClassName "MDM_AssignedAccess"
if ($Remove) {
    $bridge.ShellLauncher = $null
    Set-CimInstance -CimInstance $bridge
    Write-Host "Shell Launcher configuration removed."
    exit 0
}

[xml]$xml = Get-Content -Raw -Path $ConfigFile   # fails here on malformed XML
$exe = Join-Path $env:ProgramFiles "Qspace Kiosk\qspace-kiosk.exe"
if (-not (Test-Path $exe)) {
    throw "Qspace Kiosk is not installed at $exe: run the installer first."
}
$bridge.ShellLauncher = [System.Net.WebUtility]::HtmlEncode($xml.OuterXml)
Set-CimInstance -CimInstance $bridge
Write-Host "Shell Launcher applied: $Account now signs in to Qspace Kiosk, restarted on exit."
(Get-CimInstance -Namespace "root\cimv2\mdm\dmmap" -ClassName "MDM_AssignedAccess").ShellLauncher
