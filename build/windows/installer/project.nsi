Unicode true

####
## The KAMS installer for Windows 10/11, cross-built on Linux with Debian's
## nsis (scripts/installer.sh; `wails build -nsis` writes wails_tools.nsh
## from wails.json: name, company, product version — the one version
## `kams version` prints).
##
## - per user, no administrator rights: %LOCALAPPDATA%\Programs\KAMS, a
##   Start-menu shortcut, an entry in Apps & features (HKCU);
## - offline: WebView2 comes from the Evergreen Standalone (offline)
##   installer embedded with -DWEBVIEW2_OFFLINE=<path> (scripts/installer.sh
##   takes it from KAMS_WEBVIEW2_OFFLINE); nothing is downloaded. A release
##   build (-DKAMS_RELEASE) without it fails. A test build without it
##   installs only where WebView2 is present (Windows 11, updated Windows
##   10) and otherwise stops, saying why;
## - the uninstaller keeps the user's data (%APPDATA%\KAMS: the database,
##   its backups, the log, the window's place) unless its box is ticked.
####
!define REQUEST_EXECUTION_LEVEL "user"
!define PRODUCT_EXECUTABLE "kams.exe"
!define UNINST_KEY_NAME "KAMS"
!define DATA_DIR_NAME "KAMS"

!include "wails_tools.nsh"

!ifdef KAMS_RELEASE
    !ifndef WEBVIEW2_OFFLINE
        !error "A release installer must embed WebView2's offline installer: set KAMS_WEBVIEW2_OFFLINE to MicrosoftEdgeWebView2RuntimeInstallerX64.exe (scripts/installer.sh release)"
    !endif
!endif

# The version information must have four parts.
VIProductVersion "${INFO_PRODUCTVERSION}.0"
VIFileVersion    "${INFO_PRODUCTVERSION}.0"
VIAddVersionKey /LANG=0 "CompanyName"     "${INFO_COMPANYNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${INFO_PRODUCTNAME} Installer"
VIAddVersionKey /LANG=0 "ProductVersion"  "${INFO_PRODUCTVERSION}"
VIAddVersionKey /LANG=0 "FileVersion"     "${INFO_PRODUCTVERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright"  "${INFO_COPYRIGHT}"
VIAddVersionKey /LANG=0 "ProductName"     "${INFO_PRODUCTNAME}"

ManifestDPIAware true

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "..\icon.ico"
!define MUI_UNICON "..\icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${PRODUCT_EXECUTABLE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

# The system's language picks one (Chinese first: the default).
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString NoWebView2 ${LANG_SIMPCHINESE} "此电脑缺少 Microsoft Edge WebView2 运行时，而这个测试版安装程序没有附带它。请使用正式版安装程序（内含 WebView2 离线安装包），或先安装 WebView2 运行时。"
LangString NoWebView2 ${LANG_ENGLISH} "This PC lacks the Microsoft Edge WebView2 Runtime, and this test installer does not carry it. Use the release installer (which embeds WebView2's offline installer), or install the WebView2 Runtime first."
LangString WebView2Failed ${LANG_SIMPCHINESE} "WebView2 运行时安装失败（代码 $1）。KAMS 没有安装。"
LangString WebView2Failed ${LANG_ENGLISH} "The WebView2 Runtime could not be installed (code $1). KAMS was not installed."
LangString InstallingWebView2 ${LANG_SIMPCHINESE} "正在安装 WebView2 运行时（离线）"
LangString InstallingWebView2 ${LANG_ENGLISH} "Installing the WebView2 Runtime (offline)"
LangString DataTitle ${LANG_SIMPCHINESE} "您的数据"
LangString DataTitle ${LANG_ENGLISH} "Your data"
LangString DataSubtitle ${LANG_SIMPCHINESE} "默认保留数据库，重新安装后可继续使用。"
LangString DataSubtitle ${LANG_ENGLISH} "The database is kept unless you choose otherwise."
LangString DataBox ${LANG_SIMPCHINESE} "同时删除我的 KAMS 数据：数据库、备份、日志（$APPDATA\${DATA_DIR_NAME}）。此操作无法撤销。"
LangString DataBox ${LANG_ENGLISH} "Also delete my KAMS data: the database, its backups and the log ($APPDATA\${DATA_DIR_NAME}). This cannot be undone."

Name "${INFO_PRODUCTNAME}"
OutFile "..\..\bin\${INFO_PROJECTNAME}-${ARCH}-installer.exe"
InstallDir "$LOCALAPPDATA\Programs\KAMS"
InstallDirRegKey HKCU "Software\KAMS" "InstallDir"
ShowInstDetails show

Function .onInit
    !insertmacro wails.checkArchitecture
FunctionEnd

# hasWebView2 leaves the installed runtime's version in $0 ("" when none).
!macro kams.hasWebView2
    SetRegView 64
    ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}" "pv"
    ${If} $0 == "0.0.0.0"
        StrCpy $0 ""
    ${EndIf}
    ${If} $0 == ""
        ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}" "pv"
        ${If} $0 == "0.0.0.0"
            StrCpy $0 ""
        ${EndIf}
    ${EndIf}
!macroend

Section
    SetShellVarContext current

    !insertmacro kams.hasWebView2
    ${If} $0 == ""
        !ifdef WEBVIEW2_OFFLINE
            DetailPrint "$(InstallingWebView2)"
            InitPluginsDir
            File "/oname=$PLUGINSDIR\MicrosoftEdgeWebView2RuntimeInstallerX64.exe" "${WEBVIEW2_OFFLINE}"
            ExecWait '"$PLUGINSDIR\MicrosoftEdgeWebView2RuntimeInstallerX64.exe" /silent /install' $1
            ${If} $1 != 0
                MessageBox MB_ICONSTOP "$(WebView2Failed)" /SD IDOK
                Abort
            ${EndIf}
        !else
            MessageBox MB_ICONSTOP "$(NoWebView2)" /SD IDOK
            Abort
        !endif
    ${EndIf}

    SetOutPath $INSTDIR
    !insertmacro wails.files

    CreateShortcut "$SMPROGRAMS\${INFO_PRODUCTNAME}.lnk" "$INSTDIR\${PRODUCT_EXECUTABLE}"

    WriteUninstaller "$INSTDIR\uninstall.exe"
    WriteRegStr HKCU "Software\KAMS" "InstallDir" "$INSTDIR"
    WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${INFO_COMPANYNAME}"
    WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${INFO_PRODUCTNAME}"
    WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${INFO_PRODUCTVERSION}"
    WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${PRODUCT_EXECUTABLE}"
    WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
    WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
    WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
    ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
    IntFmt $0 "0x%08X" $0
    WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

# The uninstaller's one question: delete the user's data too? Unticked by
# default, and a silent uninstall (/S) keeps it.
Var DataBox
Var DeleteData

Function un.DataPage
    !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
    nsDialogs::Create 1018
    Pop $0
    ${NSD_CreateCheckbox} 0 0 100% 48u "$(DataBox)"
    Pop $DataBox
    ${NSD_Uncheck} $DataBox
    nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
    ${NSD_GetState} $DataBox $DeleteData
FunctionEnd

Section "uninstall"
    SetShellVarContext current

    Delete "$INSTDIR\${PRODUCT_EXECUTABLE}"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    Delete "$SMPROGRAMS\${INFO_PRODUCTNAME}.lnk"
    # WebView2's cache for the app (Wails: %APPDATA%\kams.exe), not the user's data.
    RMDir /r "$APPDATA\${PRODUCT_EXECUTABLE}"

    ${If} $DeleteData == ${BST_CHECKED}
        RMDir /r "$APPDATA\${DATA_DIR_NAME}"
    ${EndIf}

    DeleteRegKey HKCU "${UNINST_KEY}"
    DeleteRegKey HKCU "Software\KAMS"
SectionEnd
