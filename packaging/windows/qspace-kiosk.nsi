; Qspace Kiosk installer for Windows 10/11 (NSIS 3, Unicode). Installs the PyInstaller
; one-folder bundle (never a one-file build: antivirus heuristics flag those) to
; "C:\Program Files\Qspace Kiosk". Upgrading replaces the program files only: the room's data
; lives in the kiosk account's profile (%LOCALAPPDATA%\qspace-kiosk) and is never touched;
; the kiosk backs the database up and migrates it at its first start after an upgrade.
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\..\dist\qspace-kiosk /DOUTFILE=..\..\dist\qspace-kiosk-0.1.0-setup.exe qspace-kiosk.nsi
;
; Silent install for IT (Intune, SCCM): qspace-kiosk-<version>-setup.exe /S

Unicode true
ManifestDPIAware true
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\qspace-kiosk"
!endif
!ifndef OUTFILE
  !define OUTFILE "qspace-kiosk-${VERSION}-setup.exe"
!endif

!define NAME "Qspace Kiosk"
!define EXE "qspace-kiosk.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\QspaceKiosk"

!include "MUI2.nsh"
!include "x64.nsh"
!include "LogicLib.nsh"

Name "${NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${NAME}"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
BrandingText "${NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${NAME} installer"
VIAddVersionKey "LegalCopyright" "Qspace"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Welsh"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${NAME} needs 64-bit Windows 10 or 11." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Function un.onInit
  SetRegView 64
FunctionEnd

Section "Qspace Kiosk" SecMain
  SectionIn RO
  ; An upgrade stops a running kiosk first (Shell Launcher restarts it on the new files).
  nsExec::Exec 'taskkill /F /IM ${EXE}'
  Pop $0
  ; Old program files go: a stale module from the previous version must not be loaded.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${NAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "Qspace"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  nsExec::Exec 'taskkill /F /IM ${EXE}'
  Pop $0
  ; Program files only: the room's data in the kiosk account's profile stays (README: Uninstall).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\qspace-kiosk-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd
